package dev.copydesk.eval.bench.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ComparisonTest {
    private static final double LIMIT = Verdict.DEFAULT_MAX_SPREAD;

    @Test
    void withoutABaselineTheFigureIsJudgedAlone() {
        Comparison c = Comparison.of(Spread.of(10, 11, 10), null, false, "pages/s", LIMIT, true);
        assertNull(c.ratio());
        assertEquals("steady", c.verdict().text());
    }

    @Test
    void theBaselineIsOneAndSaysSo() {
        Spread base = Spread.of(10, 11, 10);
        Comparison c = Comparison.of(base, base, true, "pages/s", LIMIT, true);
        assertEquals(1.0, c.ratio().ofMedians(), 1e-12);
        assertEquals("baseline", c.verdict().text());
        Spread noisy = Spread.of(5, 10, 20);
        assertEquals("baseline; pages/s too noisy: spread 75% > 15%", Comparison.of(noisy, noisy, true, "pages/s", LIMIT, true).verdict().text());
    }

    @Test
    void anotherSystemIsComparedRoundByRound() {
        Comparison c = Comparison.of(Spread.of(30, 33, 30), Spread.of(10, 11, 10), false, "pages/s", LIMIT, true);
        assertEquals(3.0, c.ratio().ofMedians(), 1e-12);
        assertEquals("faster", c.verdict().text());
    }
}
