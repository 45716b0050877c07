package dev.copydesk.core;

import java.util.Arrays;

/**
 * Sets of 64-bit hashes kept as sorted arrays of distinct values, the form every shingle comparison in
 * Copydesk uses (caption/body twins in cleaning, near-duplicate articles in linking), and the one bit-mixing
 * function they hash with. Stateless and thread-safe.
 */
public final class HashSets {
    private HashSets() {
    }

    /** The murmur3 64-bit finaliser: spreads every input bit over the whole value. */
    public static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    /** Sorts {@code hashes} in place and returns its distinct values, sorted (a new array). */
    public static long[] sortedDistinct(long[] hashes) {
        Arrays.sort(hashes);
        int distinct = 0;
        for (int i = 0; i < hashes.length; i++) {
            if (i == 0 || hashes[i] != hashes[i - 1]) {
                hashes[distinct++] = hashes[i];
            }
        }
        return Arrays.copyOf(hashes, distinct);
    }

    /**
     * Size of the intersection of two sorted 32-bit hash sets (compact shingles, word bags); on sorted
     * multisets each element pairs at most once.
     */
    public static int intersection(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return common;
    }

    /** Jaccard similarity of two sorted distinct 32-bit hash sets; 0 when both are empty. */
    public static double jaccard(int[] a, int[] b) {
        int common = intersection(a, b);
        int union = a.length + b.length - common;
        return union == 0 ? 0.0 : (double) common / union;
    }

    /** Size of the intersection of two sorted distinct hash sets. */
    public static int intersection(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return common;
    }

    /** Jaccard similarity of two sorted distinct hash sets; 0 when both are empty. */
    public static double jaccard(long[] a, long[] b) {
        int common = intersection(a, b);
        int union = a.length + b.length - common;
        return union == 0 ? 0.0 : (double) common / union;
    }
}
