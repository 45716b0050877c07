package dev.copydesk.eval.bench.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoundsTest {
    @Test
    void theOrderRotatesByOnePlaceEachStep() {
        assertEquals(List.of(0, 1, 2), Rounds.order(3, 0));
        assertEquals(List.of(1, 2, 0), Rounds.order(3, 1));
        assertEquals(List.of(2, 0, 1), Rounds.order(3, 2));
        assertEquals(List.of(0, 1, 2), Rounds.order(3, 3));
        assertEquals(List.of(), Rounds.order(0, 4));
    }

    @Test
    void overAsManyStepsAsSystemsEachSystemHoldsEachPlaceOnce() {
        int systems = 4;
        for (int place = 0; place < systems; place++) {
            Set<Integer> there = new HashSet<>();
            for (int step = 0; step < systems; step++) {
                there.add(Rounds.order(systems, step).get(place));
            }
            assertEquals(Set.of(0, 1, 2, 3), there, "place " + place);
        }
    }

    @Test
    void thePlanRotatesAtEachSliceAcrossRounds() {
        List<String> plan = Rounds.plan(3, 2, 2).stream().map(t -> t.system() + "@" + t.round() + "." + t.slice()).toList();
        assertEquals(List.of("0@0.0", "1@0.0", "2@0.0", "1@0.1", "2@0.1", "0@0.1",
                "2@1.0", "0@1.0", "1@1.0", "0@1.1", "1@1.1", "2@1.1"), plan);
    }

    @Test
    void runTakesTurnsInPlanOrderAndSumsEachSystemsWorkOverItsTime() {
        List<String> turns = new ArrayList<>();
        List<Integer> started = new ArrayList<>();
        double[][] rates = Rounds.run(2, 2, 3, started::add, (system, round, slice) -> {
            turns.add(system + "@" + round + "." + slice);
            // system 0 does 10 units a second; system 1 20 in round 0 and 40 in round 1; slice 2 takes twice as long
            long nanos = (slice == 2 ? 2 : 1) * 1_000_000_000L;
            double perSecond = system == 0 ? 10 : round == 0 ? 20 : 40;
            return new Rounds.Work(perSecond * nanos / 1e9, nanos);
        });
        assertEquals(List.of(0, 1), started);
        assertEquals(Rounds.plan(2, 2, 3).stream().map(t -> t.system() + "@" + t.round() + "." + t.slice()).toList(), turns);
        assertArrayEquals(new double[] {10, 10}, rates[0], 1e-9);
        assertArrayEquals(new double[] {20, 40}, rates[1], 1e-9);
    }

    @Test
    void aSystemThatSatEveryTurnOutHasNoFigure() {
        double[][] rates = Rounds.run(2, 1, 2, r -> { }, (system, round, slice) ->
                system == 1 ? Rounds.Work.NONE : new Rounds.Work(1, 1_000_000_000L));
        assertEquals(1.0, rates[0][0], 1e-9);
        assertTrue(Double.isNaN(rates[1][0]));
    }

    @Test
    void twoRunsTakeTurnsAlike() {
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        Rounds.run(4, 7, 3, r -> { }, (s, r, c) -> first.add(s + "@" + r + "." + c) ? Rounds.Work.NONE : null);
        Rounds.run(4, 7, 3, r -> { }, (s, r, c) -> second.add(s + "@" + r + "." + c) ? Rounds.Work.NONE : null);
        assertEquals(first, second);
        assertEquals(84, first.size());
    }

    @Test
    void rejectsNoRoundsOrSlices() {
        assertThrows(IllegalArgumentException.class, () -> Rounds.plan(2, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> Rounds.plan(2, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> Rounds.order(-1, 0));
    }
}
