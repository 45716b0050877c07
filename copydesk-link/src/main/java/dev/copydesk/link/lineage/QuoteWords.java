package dev.copydesk.link.lineage;

import dev.copydesk.core.HashSets;
import java.util.ArrayList;
import java.util.Arrays;
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
 * @param bag        the hash codes of the normalised words, sorted: a cheap bound on what two quotes share
 */
record QuoteWords(List<String> written, List<String> normalised, int[] bag) {
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
        int[] bag = new int[normalised.size()];
        for (int k = 0; k < bag.length; k++) {
            bag[k] = normalised.get(k).hashCode();
        }
        Arrays.sort(bag);
        return new QuoteWords(List.copyOf(written), List.copyOf(normalised), bag);
    }

    /**
     * An upper bound on the words two quotes share in order (their longest common subsequence): the size of
     * the intersection of their bags of word hashes. Linear in the words.
     */
    int sharedAtMost(QuoteWords other) {
        return HashSets.intersection(bag, other.bag);
    }

    int size() {
        return normalised.size();
    }

    private static boolean apostrophe(int c) {
        return c == '\'' || c == '’' || c == 'ʼ' || c == '‘';
    }
}
