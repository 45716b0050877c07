package dev.copydesk.link.dup;

import java.util.Arrays;

/**
 * Locality-sensitive hashing over MinHash signatures by banding, filled one document at a time: the
 * {@link MinHash#SIZE} values are cut into {@link #BANDS} bands of {@link #ROWS} rows, each band hashed to one
 * key, and two documents are candidates when any band key is equal. With 32 x 4 a pair of Jaccard 0.7 is a
 * candidate with probability above 0.999, a pair of 0.3 with about 0.23.
 *
 * <p>A bucket keeps only its first {@link #MAX_BUCKET} documents: thousands of near-copies of one text, which
 * share most band keys, cost a bounded amount per document instead of one comparison per earlier copy, and a
 * later copy still finds the first ones. Memory is a few tens of bytes per document and band, in primitive
 * arrays (an open-addressing table from band key to bucket, buckets as linked lists of entries).
 *
 * <p>Not thread-safe: one thread adds and asks.
 */
public final class LshIndex {

    /** Number of bands. */
    public static final int BANDS = 32;
    /** Signature values per band; {@code BANDS * ROWS == MinHash.SIZE}. */
    public static final int ROWS = MinHash.SIZE / BANDS;
    /** Documents a bucket keeps; later ones with the same band key are found through the first ones. */
    public static final int MAX_BUCKET = 16;

    private long[] keys = new long[1 << 10];
    private int[] heads = new int[1 << 10];
    private int used;
    private int[] entryDoc = new int[1 << 10];
    private int[] entryNext = new int[1 << 10];
    private int[] entryRank = new int[1 << 10];
    private int entries;

    /** The band keys of a signature ({@link #BANDS} values, none of them 0). */
    public static long[] bandKeys(long[] signature) {
        long[] out = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long key = 0x9e3779b97f4a7c15L * (b + 1);
            for (int r = 0; r < ROWS; r++) {
                key = Shingles.mix(key ^ signature[b * ROWS + r]) + r;
            }
            out[b] = key == 0 ? 1 : key;
        }
        return out;
    }

    /**
     * The distinct documents sharing a band key with {@code bandKeys}, ascending (at most {@code BANDS *
     * MAX_BUCKET}).
     */
    public int[] candidates(long[] bandKeys) {
        int[] found = new int[Math.min(bandKeys.length * MAX_BUCKET, 64)];
        int n = 0;
        for (long key : bandKeys) {
            int slot = slot(key);
            if (keys[slot] == 0) {
                continue;
            }
            for (int e = heads[slot]; e >= 0; e = entryNext[e]) {
                if (n == found.length) {
                    found = Arrays.copyOf(found, n * 2);
                }
                found[n++] = entryDoc[e];
            }
        }
        Arrays.sort(found, 0, n);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (distinct == 0 || found[i] != found[distinct - 1]) {
                found[distinct++] = found[i];
            }
        }
        return Arrays.copyOf(found, distinct);
    }

    /** Adds document number {@code doc} under its band keys (buckets already full skip it). */
    public void add(int doc, long[] bandKeys) {
        for (long key : bandKeys) {
            if ((used + 1) * 2 > keys.length) {
                grow();
            }
            int slot = slot(key);
            int rank = 0;
            int next = -1;
            if (keys[slot] == 0) {
                keys[slot] = key;
                used++;
            } else {
                next = heads[slot];
                rank = entryRank[next] + 1;
                if (rank >= MAX_BUCKET) {
                    continue;
                }
            }
            if (entries == entryDoc.length) {
                entryDoc = Arrays.copyOf(entryDoc, entries * 2);
                entryNext = Arrays.copyOf(entryNext, entries * 2);
                entryRank = Arrays.copyOf(entryRank, entries * 2);
            }
            entryDoc[entries] = doc;
            entryNext[entries] = next;
            entryRank[entries] = rank;
            heads[slot] = entries++;
        }
    }

    /** The table slot holding {@code key}, or the empty slot where it would go. */
    private int slot(long key) {
        int mask = keys.length - 1;
        int slot = (int) Shingles.mix(key) & mask;
        while (keys[slot] != 0 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldHeads = heads;
        keys = new long[oldKeys.length * 2];
        heads = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = slot(oldKeys[i]);
                keys[slot] = oldKeys[i];
                heads[slot] = oldHeads[i];
            }
        }
    }
}
