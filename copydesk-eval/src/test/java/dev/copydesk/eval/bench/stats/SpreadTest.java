package dev.copydesk.eval.bench.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadTest {
    private static final double EPS = 1e-9;

    @Test
    void oddCountTakesTheMiddleSampleAndInterpolatedQuartiles() {
        Spread s = Spread.of(3, 1, 2);
        assertEquals(List.of(3.0, 1.0, 2.0), s.samples(), "samples stay in the order measured");
        assertEquals(2, s.median(), EPS);
        assertEquals(1.5, s.q1(), EPS);
        assertEquals(2.5, s.q3(), EPS);
        assertEquals(1, s.min(), EPS);
        assertEquals(3, s.max(), EPS);
        assertEquals(0.5, s.relativeSpread(), EPS);
        assertEquals(3, s.count());
    }

    @Test
    void evenCountAveragesTheTwoMiddleSamples() {
        Spread s = Spread.of(4, 1, 3, 2);
        assertEquals(2.5, s.median(), EPS);
        assertEquals(1.75, s.q1(), EPS);
        assertEquals(3.25, s.q3(), EPS);
        assertEquals(1.5 / 2.5, s.relativeSpread(), EPS);
    }

    @Test
    void oneSlowRoundWidensTheRangeButNotTheInterquartileSpread() {
        Spread s = Spread.of(10, 12, 11, 13, 3, 9, 11);
        assertEquals(11, s.median(), EPS);
        assertEquals(9.5, s.q1(), EPS);
        assertEquals(11.5, s.q3(), EPS);
        assertEquals(3, s.min(), EPS);
        assertEquals(13, s.max(), EPS);
        assertEquals(2.0 / 11, s.relativeSpread(), EPS);
    }

    @Test
    void oneSampleHasNoSpread() {
        Spread s = Spread.of(List.of(42.0));
        assertEquals(42, s.median(), EPS);
        assertEquals(0, s.relativeSpread(), EPS);
    }

    @Test
    void zeroMedianHasNoRelativeSpread() {
        assertEquals(0, Spread.of(0, 0, 1).relativeSpread(), EPS);
    }

    @Test
    void rejectsNoSamplesAndNonNumbers() {
        assertThrows(IllegalArgumentException.class, Spread::of);
        assertThrows(IllegalArgumentException.class, () -> Spread.of(1, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Spread.of(1, Double.POSITIVE_INFINITY));
    }
}
