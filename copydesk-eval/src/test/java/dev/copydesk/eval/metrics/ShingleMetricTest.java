package dev.copydesk.eval.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShingleMetricTest {
    private static final double EPS = 1e-12;

    @Test
    void shinglesAreRunsOfFourTokens() {
        assertEquals(List.of("a b c d", "b c d e"), ShingleMetric.shingles("a b, c-d e."));
    }

    @Test
    void shorterTextIsOneShingleOfAllItsTokens() {
        assertEquals(List.of("a b c"), ShingleMetric.shingles("a b c"));
        assertEquals(List.of("Hi"), ShingleMetric.shingles("Hi!"));
        assertEquals(List.of("a b c d"), ShingleMetric.shingles("a b c d"));
    }

    @Test
    void emptyTextHasNoShingles() {
        assertEquals(List.of(), ShingleMetric.shingles(""));
        assertEquals(List.of(), ShingleMetric.shingles("... !"));
    }

    @Test
    void matchCountsSharedAndUnsharedShingles() {
        // gold: [the cat sat on] [cat sat on the] [sat on the mat]
        // pred: [the cat sat on] [cat sat on the] [sat on the hat]
        MatchCounts c = ShingleMetric.match("The cat sat on the mat.", "The cat sat on the hat.");
        assertEquals(new MatchCounts(2, 1, 1), c);
        assertEquals(2.0 / 3, c.precision(), EPS);
        assertEquals(2.0 / 3, c.recall(), EPS);
    }

    @Test
    void matchIsCaseSensitive() {
        assertEquals(new MatchCounts(0, 1, 1), ShingleMetric.match("a b c d", "A b c d"));
    }

    @Test
    void matchCountsRepeatedShinglesAsAMultiset() {
        // gold "a b c d a b c d": [a b c d] x2, [b c d a], [c d a b], [d a b c]; pred: [a b c d] x1
        assertEquals(new MatchCounts(1, 0, 4), ShingleMetric.match("a b c d a b c d", "a b c d"));
        // pred repeats more often than gold: the extra copies are false positives
        assertEquals(new MatchCounts(1, 4, 0), ShingleMetric.match("a b c d", "a b c d a b c d"));
    }

    @Test
    void emptyConventions() {
        MatchCounts bothEmpty = ShingleMetric.match("", "");
        assertEquals(new MatchCounts(0, 0, 0), bothEmpty);
        assertEquals(1.0, bothEmpty.precision());
        assertEquals(1.0, bothEmpty.recall());
        assertFalse(bothEmpty.hasPrediction());
        assertFalse(bothEmpty.hasGold());

        MatchCounts emptyPrediction = ShingleMetric.match("one two three four five", "");
        assertEquals(new MatchCounts(0, 0, 2), emptyPrediction);
        assertEquals(0.0, emptyPrediction.precision());
        assertEquals(0.0, emptyPrediction.recall());
        assertFalse(emptyPrediction.hasPrediction());
        assertTrue(emptyPrediction.hasGold());

        MatchCounts emptyGold = ShingleMetric.match("", "one two");
        assertEquals(new MatchCounts(0, 1, 0), emptyGold);
        assertEquals(0.0, emptyGold.precision());
        assertEquals(0.0, emptyGold.recall());
        assertFalse(emptyGold.hasGold());
    }

    @Test
    void precisionAndRecallAreAveragedOverTheirOwnPagesAndF1IsTheirHarmonicMean() {
        List<MatchCounts> pages = List.of(
                new MatchCounts(2, 1, 1),  // P 2/3, R 2/3
                new MatchCounts(0, 0, 4),  // empty prediction: no precision, R 0
                new MatchCounts(3, 0, 0),  // P 1, R 1
                new MatchCounts(0, 0, 0)); // both empty: counts for neither
        ShingleScore s = ShingleMetric.score(pages);
        assertEquals(4, s.pages());
        assertEquals(2, s.precisionPages());
        assertEquals(3, s.recallPages());
        assertEquals(5.0 / 6, s.precision(), EPS);
        assertEquals(5.0 / 9, s.recall(), EPS);
        assertEquals(2.0 / 3, s.f1(), EPS); // 2 * 5/6 * 5/9 / (5/6 + 5/9)
    }

    @Test
    void noPredictionAtAllScoresZeroInsteadOfDividingByZero() {
        ShingleScore s = ShingleMetric.score(List.of(new MatchCounts(0, 0, 3), new MatchCounts(0, 0, 1)));
        assertEquals(0.0, s.precision());
        assertEquals(0.0, s.recall());
        assertEquals(0.0, s.f1());
    }

    @Test
    void bootstrapIsReproducibleAndZeroWithoutSpread() {
        List<MatchCounts> same = List.of(new MatchCounts(3, 1, 0), new MatchCounts(3, 1, 0), new MatchCounts(3, 1, 0));
        assertEquals(0.0, ShingleMetric.bootstrapF1Std(same, 200, 1), EPS);
        List<MatchCounts> mixed = List.of(new MatchCounts(3, 1, 0), new MatchCounts(0, 2, 5), new MatchCounts(4, 0, 0));
        double std = ShingleMetric.bootstrapF1Std(mixed, 200, 7);
        assertTrue(std > 0);
        assertEquals(std, ShingleMetric.bootstrapF1Std(mixed, 200, 7));
        assertEquals(0.0, ShingleMetric.bootstrapF1Std(List.of(new MatchCounts(1, 2, 3)), 200, 7));
    }
}
