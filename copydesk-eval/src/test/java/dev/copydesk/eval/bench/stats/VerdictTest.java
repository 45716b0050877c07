package dev.copydesk.eval.bench.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VerdictTest {
    private static final double LIMIT = Verdict.DEFAULT_MAX_SPREAD;

    @Test
    void aFigureAloneIsSteadyOrTooNoisy() {
        assertEquals(new Verdict(true, "steady"), Verdict.of(Spread.of(100, 104, 98, 101, 99), "pages/s", LIMIT));
        assertEquals(new Verdict(false, "pages/s too noisy: spread 50% > 15%"), Verdict.of(Spread.of(50, 100, 150), "pages/s", LIMIT));
        assertEquals("too noisy: spread 50% > 15%", Verdict.of(Spread.of(50, 100, 150), "", LIMIT).text());
    }

    @Test
    void theLimitIsInclusive() {
        // q1 92.5, q3 107.5, median 100: spread exactly 15%
        assertTrue(Verdict.of(Spread.of(85, 100, 115), "x", LIMIT).conclusive());
        assertFalse(Verdict.of(Spread.of(85, 100, 115), "x", 0.1499).conclusive());
    }

    @Test
    void aSteadyComparisonSaysWhichWayItPoints() {
        Spread base = Spread.of(100, 80, 100, 95, 90);
        Spread fast = Spread.of(210, 165, 200, 190, 185);
        assertEquals(new Verdict(true, "faster"), Verdict.compare(fast, Ratio.of(fast, base), "pages/s", LIMIT, true));
        assertEquals(new Verdict(true, "slower"), Verdict.compare(fast, Ratio.of(fast, base), "pages/s", LIMIT, false));
        Spread slow = Spread.of(50, 41, 52, 47, 44);
        assertEquals(new Verdict(true, "slower"), Verdict.compare(slow, Ratio.of(slow, base), "pages/s", LIMIT, true));
    }

    @Test
    void roundRatiosOnBothSidesOfOneAreTooCloseToCall() {
        Spread base = Spread.of(100, 100, 100);
        Spread near = Spread.of(95, 105, 100.5);
        Verdict v = Verdict.compare(near, Ratio.of(near, base), "pages/s", LIMIT, true);
        assertFalse(v.conclusive());
        assertEquals("too close to call: round ratios 0.95x-1.05x cross 1.00x", v.text());
    }

    @Test
    void everyReasonIsNamed() {
        Spread base = Spread.of(100, 100, 100, 100);
        Spread wild = Spread.of(60, 160, 90, 200);
        Verdict v = Verdict.compare(wild, Ratio.of(wild, base), "pages/s", LIMIT, true);
        assertFalse(v.conclusive());
        assertEquals("too close to call: round ratios 0.60x-2.00x cross 1.00x; pages/s too noisy: spread 70% > 15%", v.text());
    }

    @Test
    void aNoisyMachineThatSlowsBothSidesAlikeLeavesTheRatioSteady() {
        Spread base = Spread.of(100, 50, 100, 60, 90);
        Spread sys = Spread.of(200, 100, 210, 118, 180);
        Verdict v = Verdict.compare(sys, Ratio.of(sys, base), "pages/s", LIMIT, true);
        assertEquals("faster; pages/s too noisy: spread 46% > 15%", v.text());
        assertTrue(v.conclusive(), "the pages/s figure is noisy; the ratio is not");
    }

    @Test
    void roundsThatAgreeOnTheSideButNotOnTheSizeSayTheSide() {
        Spread base = Spread.of(100, 100, 100, 100, 100);
        Spread sys = Spread.of(130, 400, 150, 300, 200);
        Verdict v = Verdict.compare(sys, Ratio.of(sys, base), "pages/s", LIMIT, true);
        assertFalse(v.conclusive());
        assertEquals("faster, by a noisy margin: ratio spread 75% > 15%; pages/s too noisy: spread 75% > 15%", v.text());
    }

    @Test
    void percentages() {
        assertEquals("4.5%", Verdict.percent(0.045));
        assertEquals("23%", Verdict.percent(0.234));
        assertEquals("15%", Verdict.percent(0.15));
        assertEquals("0.0%", Verdict.percent(0));
    }

    @Test
    void theLimitMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> Verdict.of(Spread.of(1), "x", 0));
    }
}
