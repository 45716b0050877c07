package dev.copydesk.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class HashSetsTest {
    @Test
    void sortedDistinctSortsAndDropsRepeats() {
        assertArrayEquals(new long[] {-3, 1, 7}, HashSets.sortedDistinct(new long[] {7, 1, -3, 7, 1}));
        assertArrayEquals(new long[0], HashSets.sortedDistinct(new long[0]));
    }

    @Test
    void intersectionAndJaccardOfSortedSets() {
        long[] a = {1, 2, 3, 4};
        long[] b = {3, 4, 5};
        assertEquals(2, HashSets.intersection(a, b));
        assertEquals(2.0 / 5, HashSets.jaccard(a, b), 1e-12);
        assertEquals(1.0, HashSets.jaccard(a, a), 1e-12);
        assertEquals(0.0, HashSets.jaccard(new long[0], new long[0]));
    }

    @Test
    void thirtyTwoBitSetsAndMultisets() {
        int[] a = {-5, 2, 3, 9};
        int[] b = {2, 9, 11};
        assertEquals(2, HashSets.intersection(a, b));
        assertEquals(2.0 / 5, HashSets.jaccard(a, b), 1e-12);
        assertEquals(0.0, HashSets.jaccard(new int[0], new int[0]));
        assertEquals(2, HashSets.intersection(new int[] {4, 4, 4, 7}, new int[] {4, 4, 8}),
                "in multisets each element pairs once");
    }

    @Test
    void mixSpreadsNeighbouringValues() {
        assertEquals(0L, HashSets.mix(0L));
        assertNotEquals(HashSets.mix(1L) >>> 32, HashSets.mix(2L) >>> 32);
    }
}
