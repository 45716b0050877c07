package dev.copydesk.eval.bench.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoundsTest {
    @Test
    void theOrderRotatesByOnePlaceEachRound() {
        assertEquals(List.of(0, 1, 2), Rounds.order(3, 0));
        assertEquals(List.of(1, 2, 0), Rounds.order(3, 1));
        assertEquals(List.of(2, 0, 1), Rounds.order(3, 2));
        assertEquals(List.of(0, 1, 2), Rounds.order(3, 3));
        assertEquals(List.of(), Rounds.order(0, 4));
    }

    @Test
    void overAsManyRoundsAsSystemsEachSystemHoldsEachPlaceOnce() {
        int systems = 4;
        for (int place = 0; place < systems; place++) {
            Set<Integer> there = new HashSet<>();
            for (int round = 0; round < systems; round++) {
                there.add(Rounds.order(systems, round).get(place));
            }
            assertEquals(Set.of(0, 1, 2, 3), there, "place " + place);
        }
    }

    @Test
    void runTakesTurnsInThatOrderAndFilesEachFigureUnderItsSystemAndRound() {
        List<String> turns = new ArrayList<>();
        double[][] figures = Rounds.run(3, 2, (system, round) -> {
            turns.add(system + "@" + round);
            return system * 10 + round;
        });
        assertEquals(List.of("0@0", "1@0", "2@0", "1@1", "2@1", "0@1"), turns);
        assertArrayEquals(new double[] {0, 1}, figures[0]);
        assertArrayEquals(new double[] {10, 11}, figures[1]);
        assertArrayEquals(new double[] {20, 21}, figures[2]);
    }

    @Test
    void twoRunsTakeTurnsAlike() {
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        Rounds.run(4, 7, (s, r) -> first.add(s + "@" + r) ? 1 : 0);
        Rounds.run(4, 7, (s, r) -> second.add(s + "@" + r) ? 1 : 0);
        assertEquals(first, second);
        assertEquals(28, first.size());
    }

    @Test
    void rejectsNoRounds() {
        assertThrows(IllegalArgumentException.class, () -> Rounds.run(2, 0, (s, r) -> 1));
        assertThrows(IllegalArgumentException.class, () -> Rounds.order(-1, 0));
    }
}
