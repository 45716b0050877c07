package dev.copydesk.link.lineage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of a quote, as written and normalised. A word is a run of letters and digits, with apostrophes
 * inside it ("didn’t"); everything else (punctuation, quote marks, brackets, hyphens, spacing) separates
 * words. The normal form is lower case ({@link Locale#ROOT}) without apostrophes, so that "Didn't" and
 * "didn’t" are one word. Immutable.
 *
 * @param written    the words as written
 * @param normalised the same words, normalised
 */
record QuoteWords(List<String> written, List<String> normalised) {
    static QuoteWords of(String text) {
        List<String> written = new ArrayList<>();
        List<String> normalised = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!Character.isLetterOrDigit(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n) {
                int c = text.codePointAt(i);
                if (Character.isLetterOrDigit(c)) {
                    i += Character.charCount(c);
                } else if (apostrophe(c) && i + 1 < n && Character.isLetter(text.codePointAt(i + 1))) {
                    i++;
                } else {
                    break;
                }
            }
            String w = text.substring(start, i);
            written.add(w);
            StringBuilder norm = new StringBuilder(w.length());
            w.toLowerCase(Locale.ROOT).codePoints().filter(c -> !apostrophe(c)).forEach(norm::appendCodePoint);
            normalised.add(norm.toString());
        }
        return new QuoteWords(List.copyOf(written), List.copyOf(normalised));
    }

    int size() {
        return normalised.size();
    }

    private static boolean apostrophe(int c) {
        return c == '\'' || c == '’' || c == 'ʼ' || c == '‘';
    }
}
