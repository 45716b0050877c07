package dev.copydesk.annotate.nlp;

/**
 * Keeps the NER tagger's cost linear in the text: its character features make a single word cost time and
 * memory that grow with the square of the word's length (a 64 KB run of letters exhausts a 2 GB heap).
 * {@link #mask} blanks every run of non-white-space chars past its first {@link #MAX_WORD} chars, so the
 * tagger reads at most that much of any word while every offset stays where it was: the tokens it finds are
 * exact spans of the original text, and the rest of an overlong word belongs to no token.
 */
final class LongWords {
    /** The longest word, in chars, that the tagger reads whole. */
    static final int MAX_WORD = 256;

    private LongWords() {
    }

    /** {@code text} with the tail of every overlong word turned into spaces; {@code text} itself when none is. */
    static String mask(String text) {
        StringBuilder out = null;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                run = 0;
                continue;
            }
            run++;
            // Never leave half a surrogate pair at the cut.
            if (run > MAX_WORD && !(run == MAX_WORD + 1 && Character.isLowSurrogate(c))) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                out.setCharAt(i, ' ');
            }
        }
        return out == null ? text : out.toString();
    }

    /** How many overlong words {@code text} holds. */
    static int count(String text) {
        int n = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                run = 0;
            } else if (++run == MAX_WORD + 1) {
                n++;
            }
        }
        return n;
    }
}
