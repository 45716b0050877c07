package dev.copydesk.link.dup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShinglesTest {

    @Test
    void wordsAreLowerCaseLetterAndDigitRuns() {
        assertEquals(List.of("the", "mayor", "s", "2026", "budget", "ça", "va"),
                Shingles.words("The Mayor's 2026-budget: «Ça va»!"));
    }

    @Test
    void caseAndPunctuationDoNotChangeShingles() {
        assertArrayEquals(Shingles.of("the mayor approved the new budget today"),
                Shingles.of("The MAYOR approved -- the new budget, today!"));
    }

    @Test
    void oneShinglePerWindowOfFiveWords() {
        assertEquals(3, Shingles.of("one two three four five six seven").length);
        assertEquals(1, Shingles.of("one two three four five").length);
        assertEquals(0, Shingles.of("one two three four").length);
    }

    @Test
    void repeatedWindowsCountOnce() {
        assertEquals(5, Shingles.of("a b c d e a b c d e").length);
    }

    @Test
    void hashesAreFixedAcrossRuns() {
        long[] hashes = Shingles.of("the mayor approved the new budget");
        assertEquals(2, hashes.length);
        assertArrayEquals(hashes, Shingles.ofWords(List.of("the", "mayor", "approved", "the", "new", "budget")));
        assertTrue(hashes[0] < hashes[1]);
    }

    @Test
    void jaccardOfSortedSets() {
        assertEquals(1.0 / 3, Shingles.jaccard(new long[] {1, 2}, new long[] {2, 3}), 1e-12);
        assertEquals(0.0, Shingles.jaccard(new long[0], new long[0]));
        assertEquals(2, Shingles.intersection(new long[] {-5, 1, 9}, new long[] {-5, 9, 10}));
    }
}
