package dev.copydesk.eval.bench.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RatioTest {
    private static final double EPS = 1e-9;

    @Test
    void pairsTheSamplesRoundByRound() {
        // the machine slowed down in round 2 for both systems; the round's ratio does not move
        Ratio r = Ratio.of(Spread.of(20, 10, 22), Spread.of(10, 5, 10));
        assertEquals(List.of(2.0, 2.0, 2.2), r.perRound().samples());
        assertEquals(2.0, r.ofMedians(), EPS);
        assertEquals(2.0, r.perRound().median(), EPS);
        assertFalse(r.crossesOne());
    }

    @Test
    void roundsOnBothSidesOfOneCross() {
        Ratio r = Ratio.of(Spread.of(10, 12, 10), Spread.of(11, 10, 10));
        assertTrue(r.crossesOne());
        assertTrue(Ratio.of(Spread.of(10, 12), Spread.of(10, 10)).crossesOne(), "a level round is on neither side");
        assertFalse(Ratio.of(Spread.of(5, 6), Spread.of(10, 10)).crossesOne());
    }

    @Test
    void rejectsUnpairedOrZeroBaselines() {
        assertThrows(IllegalArgumentException.class, () -> Ratio.of(Spread.of(1, 2), Spread.of(1, 2, 3)));
        assertThrows(IllegalArgumentException.class, () -> Ratio.of(Spread.of(1, 2), Spread.of(1, 0)));
    }
}
