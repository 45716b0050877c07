package dev.copydesk.link.dup;

import java.util.Arrays;

/**
 * MinHash signatures of shingle sets: for each of {@link #SIZE} hash functions, the smallest hash of any
 * shingle. Two signatures agree at a position with probability equal to the Jaccard similarity of the sets.
 *
 * <p>The hash functions are {@code mix(shingle ^ seed[i])} with seeds drawn once from a SplitMix64 sequence
 * started at a fixed constant, so signatures are identical across runs. Stateless after construction and
 * thread-safe.
 */
public final class MinHash {

    /** Hash functions per signature. */
    public static final int SIZE = 128;

    private static final long[] SEEDS = seeds(0x436f70796465736bL);

    private MinHash() {
    }

    /** Signature of a non-empty shingle set (as from {@link Shingles#of(String)}). */
    public static long[] signature(long[] shingles) {
        if (shingles.length == 0) {
            throw new IllegalArgumentException("shingles: empty set has no MinHash signature");
        }
        long[] sig = new long[SIZE];
        Arrays.fill(sig, Long.MAX_VALUE);
        for (long s : shingles) {
            for (int i = 0; i < SIZE; i++) {
                long h = Shingles.mix(s ^ SEEDS[i]);
                if (h < sig[i]) {
                    sig[i] = h;
                }
            }
        }
        return sig;
    }

    /** Share of positions where two signatures agree: an estimate of the sets' Jaccard similarity. */
    public static double estimate(long[] a, long[] b) {
        int same = 0;
        for (int i = 0; i < SIZE; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / SIZE;
    }

    private static long[] seeds(long state) {
        long[] seeds = new long[SIZE];
        for (int i = 0; i < SIZE; i++) {
            state += 0x9e3779b97f4a7c15L;
            long z = state;
            z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
            z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
            seeds[i] = z ^ (z >>> 31);
        }
        return seeds;
    }
}
