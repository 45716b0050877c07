package dev.copydesk.link.story;

import java.util.Arrays;

/**
 * Scores accumulated per story (by order) while walking postings, reusable from one article to the next so a
 * lookup allocates little: {@link #add} is O(1), {@link #top} sorts only the stories touched. Not thread-safe.
 */
final class Hits {
    private float[] scores = new float[1024];
    private int[] touched = new int[256];
    private int size;

    void clear() {
        for (int i = 0; i < size; i++) {
            scores[touched[i]] = 0;
        }
        size = 0;
    }

    void add(int story, float score) {
        if (story >= scores.length) {
            scores = Arrays.copyOf(scores, Math.max(story + 1, scores.length * 2));
        }
        if (scores[story] == 0) {
            if (size == touched.length) {
                touched = Arrays.copyOf(touched, size * 2);
            }
            touched[size++] = story;
        }
        scores[story] += score;
    }

    /** The touched stories, highest score first, ties to the older (lower order); at most {@code n}. */
    int[] top(int n) {
        long[] packed = new long[size];
        for (int i = 0; i < size; i++) {
            // Positive floats order like their bits; the complemented order puts older stories first on ties.
            packed[i] = ((long) Float.floatToIntBits(scores[touched[i]]) << 32) | (Integer.MAX_VALUE - touched[i]);
        }
        Arrays.sort(packed);
        int[] top = new int[Math.min(n, size)];
        for (int i = 0; i < top.length; i++) {
            top[i] = Integer.MAX_VALUE - (int) (packed[size - 1 - i] & 0xffffffffL);
        }
        return top;
    }
}
