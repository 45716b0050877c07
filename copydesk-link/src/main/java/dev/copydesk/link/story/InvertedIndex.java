package dev.copydesk.link.story;

import java.util.Arrays;

/**
 * From term id to the stories (by order) indexed under it, with bounded postings: a term whose list would
 * grow past {@code maxPostings} is saturated, its list dropped and never refilled, as it no longer tells
 * stories apart. Memory stays linear in the number of (term, story) pairs kept. Not thread-safe.
 */
final class InvertedIndex {
    private static final int[] SATURATED = new int[0];

    private final int maxPostings;
    private int[][] postings = new int[1024][];
    private int[] sizes = new int[1024];

    InvertedIndex(int maxPostings) {
        this.maxPostings = maxPostings;
    }

    /** Indexes {@code story} under {@code term}, once. */
    void add(int term, int story) {
        ensure(term);
        int[] list = postings[term];
        if (list == SATURATED) {
            return;
        }
        int size = sizes[term];
        for (int i = size - 1; i >= 0; i--) {
            if (list[i] == story) {
                return;
            }
        }
        if (size == maxPostings) {
            postings[term] = SATURATED;
            sizes[term] = 0;
            return;
        }
        if (list == null) {
            list = new int[4];
        } else if (size == list.length) {
            list = Arrays.copyOf(list, Math.min(maxPostings, size * 2));
        }
        list[size] = story;
        postings[term] = list;
        sizes[term] = size + 1;
    }

    /** The stories indexed under {@code term}; the first {@link #size} entries of the array count. */
    int[] postings(int term) {
        return term < postings.length && postings[term] != null ? postings[term] : SATURATED;
    }

    /** How many stories {@code term} lists (0 when saturated). */
    int size(int term) {
        return term < sizes.length ? sizes[term] : 0;
    }

    private void ensure(int term) {
        if (term >= postings.length) {
            int n = Math.max(term + 1, postings.length * 2);
            postings = Arrays.copyOf(postings, n);
            sizes = Arrays.copyOf(sizes, n);
        }
    }
}
