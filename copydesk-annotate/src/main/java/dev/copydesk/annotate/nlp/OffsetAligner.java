package dev.copydesk.annotate.nlp;

import dev.copydesk.annotate.Token;

/**
 * Turns the tokenizer's character offsets into checked UTF-16 offsets into the text. CoreNLP reports
 * Java {@code String} indices, so this is normally the identity; when a token's original text is not
 * found where the offsets say, the token is looked for just ahead of the previous one, so offsets
 * never go backwards and never leave the text. Not thread-safe: one per article.
 */
final class OffsetAligner {
    private final String text;
    private int cursor;
    private int repaired;

    OffsetAligner(String text) {
        this.text = text;
    }

    Token align(int begin, int end, String original) {
        int start = begin;
        int stop = end;
        boolean fits = start >= cursor && start <= stop && stop <= text.length()
                && (original == null || original.isEmpty() || text.regionMatches(start, original, 0, original.length()));
        if (!fits) {
            repaired++;
            int found = original == null || original.isEmpty() ? -1 : text.indexOf(original, cursor);
            if (found >= 0) {
                start = found;
                stop = found + original.length();
            } else {
                start = Math.min(Math.max(cursor, Math.min(begin, text.length())), text.length());
                stop = Math.max(start, Math.min(end, text.length()));
            }
        }
        cursor = stop;
        return new Token(start, stop, null);
    }

    int repaired() {
        return repaired;
    }
}
