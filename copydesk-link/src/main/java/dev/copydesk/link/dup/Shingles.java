package dev.copydesk.link.dup;

import dev.copydesk.core.HashSets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Normalised word shingles of a text, hashed to 64-bit values.
 *
 * <p>A word is a maximal run of letters or digits (by {@link Character#isLetterOrDigit(int)}), lower-cased
 * with {@link Locale#ROOT}; punctuation, markup residue and spacing never matter. A shingle is {@link #K}
 * consecutive words, hashed with 64-bit FNV-1a over the words' characters (with a separator) and a final
 * avalanche mix, so the same text gives the same hashes in every run and on every machine. A text of
 * fewer than {@code K} words has no shingles.
 *
 * <p>Stateless and thread-safe.
 */
public final class Shingles {

    /** Words per shingle. */
    public static final int K = 5;

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private Shingles() {
    }

    /** The normalised words of {@code text}, in order. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!Character.isLetterOrDigit(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /** The distinct shingle hashes of {@code text}, sorted ascending; empty below {@link #K} words. */
    public static long[] of(String text) {
        return ofWords(words(text));
    }

    /** The distinct shingle hashes of already normalised {@code words}, sorted ascending. */
    public static long[] ofWords(List<String> words) {
        if (words.size() < K) {
            return new long[0];
        }
        long[] hashes = new long[words.size() - K + 1];
        for (int start = 0; start < hashes.length; start++) {
            long h = FNV_OFFSET;
            for (int w = start; w < start + K; w++) {
                String word = words.get(w);
                for (int c = 0; c < word.length(); c++) {
                    h = (h ^ word.charAt(c)) * FNV_PRIME;
                }
                h = (h ^ ' ') * FNV_PRIME;
            }
            hashes[start] = mix(h);
        }
        return HashSets.sortedDistinct(hashes);
    }

    /**
     * A shingle set in half the memory: the high 32 bits of each hash, sorted and distinct. Two sets of a few
     * thousand shingles lose a shared or distinct value to a collision about once in a thousand comparisons, far
     * below what moves a similarity threshold.
     */
    public static int[] compact(long[] hashes) {
        int[] out = new int[hashes.length];
        for (int i = 0; i < hashes.length; i++) {
            out[i] = (int) (hashes[i] >>> 32);
        }
        Arrays.sort(out);
        int distinct = 0;
        for (int i = 0; i < out.length; i++) {
            if (i == 0 || out[i] != out[i - 1]) {
                out[distinct++] = out[i];
            }
        }
        return distinct == out.length ? out : Arrays.copyOf(out, distinct);
    }

    /** A 64-bit key of a whole word sequence: equal sequences, equal keys; 0 only for no words. */
    public static long key(List<String> words) {
        if (words.isEmpty()) {
            return 0;
        }
        long h = FNV_OFFSET;
        for (String word : words) {
            for (int c = 0; c < word.length(); c++) {
                h = (h ^ word.charAt(c)) * FNV_PRIME;
            }
            h = (h ^ ' ') * FNV_PRIME;
        }
        long key = mix(h ^ words.size());
        return key == 0 ? 1 : key;
    }

    /** Size of the intersection of two sorted distinct compact sets ({@link #compact}). */
    public static int intersection(int[] a, int[] b) {
        return HashSets.intersection(a, b);
    }

    /** Exact Jaccard similarity of two compact sets; 0 when both are empty. */
    public static double jaccard(int[] a, int[] b) {
        return HashSets.jaccard(a, b);
    }

    /** Size of the intersection of two sorted distinct hash sets. */
    public static int intersection(long[] a, long[] b) {
        return HashSets.intersection(a, b);
    }

    /** Exact Jaccard similarity of two sorted distinct hash sets; 0 when both are empty. */
    public static double jaccard(long[] a, long[] b) {
        return HashSets.jaccard(a, b);
    }

    /** The murmur3 64-bit finaliser ({@link HashSets#mix}). */
    static long mix(long z) {
        return HashSets.mix(z);
    }
}
