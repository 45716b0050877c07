package dev.copydesk.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class WarmUpTest {
    /** A JIT compiler that never compiles: only the runs' times decide. */
    private static JitWatch idle() {
        long[] clock = {0};
        return new JitWatch(() -> 0, () -> clock[0] += 1_000_000_000L);
    }

    private static int warmUp(int fewest, JitWatch jit, Double... seconds) {
        Iterator<Double> times = List.of(seconds).iterator();
        return WarmUp.run(fewest, jit, 1, times::next);
    }

    @Test
    void stopsAtTheFewestRunsOnceTwoRunsAreAlike() {
        assertEquals(2, warmUp(2, idle(), 30.0, 29.0));
        assertEquals(3, warmUp(2, idle(), 50.0, 35.0, 34.0));
    }

    @Test
    void goesOnWhileTheRunsKeepGettingFasterUpToTheLimit() {
        assertEquals(2 + WarmUp.MORE_RUNS, warmUp(2, idle(), 120.0, 60.0, 45.0, 38.0, 33.0, 31.0));
    }

    @Test
    void aCompilerStillBusyIsNotWarmEvenWhenTwoRunsAreAlike() {
        long[] clock = {0};
        long[] compiled = {0};
        // Half of every second spent compiling, for the first three runs.
        JitWatch busy = new JitWatch(() -> compiled[0], () -> {
            clock[0] += 1_000_000_000L;
            compiled[0] += clock[0] <= 4_000_000_000L ? 500 : 0;
            return clock[0];
        });
        assertEquals(4, warmUp(1, busy, 30.0, 30.0, 30.0, 30.0));
    }

    @Test
    void noWarmUpWhenNoneIsAsked() {
        assertEquals(0, warmUp(0, idle()));
    }
}
