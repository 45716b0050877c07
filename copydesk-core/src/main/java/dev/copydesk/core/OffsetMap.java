package dev.copydesk.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Maps offsets in a derived text (for example the clean body) back to offsets in the text it was
 * derived from (the input as read), in the manner of Lucene's {@code CharFilter.correctOffset}. The
 * derived text is made of segments, each copied verbatim from a place in the original; offsets inside
 * a segment map exactly, offsets in text the cleaner inserted (paragraph separators) map to the end of
 * the preceding segment. Immutable and thread-safe.
 */
public final class OffsetMap {
    private static final OffsetMap IDENTITY = new OffsetMap(new int[] {0}, new int[] {0}, new int[] {Integer.MAX_VALUE});

    private final int[] derivedStarts;
    private final int[] originalStarts;
    private final int[] lengths;

    private OffsetMap(int[] derivedStarts, int[] originalStarts, int[] lengths) {
        this.derivedStarts = derivedStarts;
        this.originalStarts = originalStarts;
        this.lengths = lengths;
    }

    /** The map for a text that is its own original. */
    public static OffsetMap identity() {
        return IDENTITY;
    }

    /**
     * Maps an offset of the derived text to the original.
     *
     * @throws IllegalArgumentException when {@code derivedOffset} is negative
     */
    public int toOriginal(int derivedOffset) {
        if (derivedOffset < 0) {
            throw new IllegalArgumentException("offset must be >= 0, was " + derivedOffset);
        }
        if (derivedStarts.length == 0) {
            return 0;
        }
        int i = Arrays.binarySearch(derivedStarts, derivedOffset);
        if (i < 0) {
            i = -i - 2;
        }
        if (i < 0) {
            return originalStarts[0];
        }
        int into = derivedOffset - derivedStarts[i];
        return originalStarts[i] + Math.min(into, lengths[i]);
    }

    /** Number of verbatim segments. */
    public int segments() {
        return derivedStarts.length;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Records segments in derived-text order. Not thread-safe. */
    public static final class Builder {
        private final List<int[]> segs = new ArrayList<>();
        private int lastDerivedEnd;

        /**
         * Records that {@code length} chars at {@code derivedStart} were copied from {@code originalStart}.
         *
         * @throws IllegalArgumentException when segments go backwards or overlap in the derived text
         */
        public Builder segment(int derivedStart, int originalStart, int length) {
            if (derivedStart < lastDerivedEnd || originalStart < 0 || length < 0) {
                throw new IllegalArgumentException("segment (" + derivedStart + ", " + originalStart + ", " + length
                        + ") goes backwards or overlaps; the last segment ended at " + lastDerivedEnd);
            }
            segs.add(new int[] {derivedStart, originalStart, length});
            lastDerivedEnd = derivedStart + length;
            return this;
        }

        public OffsetMap build() {
            int n = segs.size();
            int[] d = new int[n];
            int[] o = new int[n];
            int[] l = new int[n];
            for (int i = 0; i < n; i++) {
                d[i] = segs.get(i)[0];
                o[i] = segs.get(i)[1];
                l[i] = segs.get(i)[2];
            }
            return new OffsetMap(d, o, l);
        }
    }
}
