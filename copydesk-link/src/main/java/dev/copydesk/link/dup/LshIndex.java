package dev.copydesk.link.dup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Locality-sensitive hashing over MinHash signatures by banding: the {@link MinHash#SIZE} values are cut into
 * {@link #BANDS} bands of {@link #ROWS} rows, and two documents become candidates when any band is identical.
 * With 32 x 4 a pair of Jaccard 0.7 is a candidate with probability above 0.999, a pair of 0.3 with about 0.23,
 * and the work grows with the number of documents plus the number of colliding pairs, not with its square.
 *
 * <p>Not thread-safe while being filled; {@link #candidatePairs()} only reads. Use one index per call.
 */
public final class LshIndex {

    /** Number of bands. */
    public static final int BANDS = 32;
    /** Signature values per band; {@code BANDS * ROWS == MinHash.SIZE}. */
    public static final int ROWS = MinHash.SIZE / BANDS;

    private final List<Map<Long, List<Integer>>> buckets = new ArrayList<>();

    /** An empty index. */
    public LshIndex() {
        for (int b = 0; b < BANDS; b++) {
            buckets.add(new HashMap<>());
        }
    }

    /** Adds document number {@code doc} with its signature. */
    public void add(int doc, long[] signature) {
        for (int b = 0; b < BANDS; b++) {
            long key = 0x9e3779b97f4a7c15L * (b + 1);
            for (int r = 0; r < ROWS; r++) {
                key = Shingles.mix(key ^ signature[b * ROWS + r]) + r;
            }
            buckets.get(b).computeIfAbsent(key, k -> new ArrayList<>()).add(doc);
        }
    }

    /** Candidate pairs as {@code (long) low << 32 | high} with {@code low < high}, in ascending order. */
    public TreeSet<Long> candidatePairs() {
        TreeSet<Long> pairs = new TreeSet<>();
        for (Map<Long, List<Integer>> band : buckets) {
            for (List<Integer> docs : band.values()) {
                for (int i = 0; i < docs.size(); i++) {
                    for (int j = i + 1; j < docs.size(); j++) {
                        int a = Math.min(docs.get(i), docs.get(j));
                        int c = Math.max(docs.get(i), docs.get(j));
                        if (a != c) {
                            pairs.add((long) a << 32 | c);
                        }
                    }
                }
            }
        }
        return pairs;
    }
}
