package dev.copydesk.spark;

import java.util.function.DoubleSupplier;

/**
 * When a benchmark's JVMs are warm: untimed whole-input runs, at least a given number, then more until the last
 * run was steady (the JIT compilers spent under {@link JitWatch#SETTLED} of it compiling, and it took within
 * {@link #STEADY} of the time of the run before), up to {@link #MORE_RUNS} more and {@link #CAP_NANOS} in all.
 * On one CPU the compiler competes with the runs, so a run can compile little and still be slow: only two runs
 * alike say the code is warm. Used for a local configuration's own JVM ({@link BenchRunner}) and for a cluster's
 * executors ({@link SparkBenchmark}). Stateless.
 */
final class WarmUp {
    /** How many whole-input runs, at most, the warm-up adds to those asked for while the runs are not steady. */
    static final int MORE_RUNS = 3;
    /** The longest a warm-up goes on, past its fewest runs, when the runs do not become steady. */
    static final long CAP_NANOS = 300_000_000_000L;
    /** How close, as a share, two runs' times must be for the code to count as warm. */
    static final double STEADY = 0.05;

    private WarmUp() {
    }

    /**
     * Runs {@code run} (which gives how long it took, seconds) at least {@code fewest} times and until steady, as the
     * class says, the {@code jvms} JVMs {@code jit} watches; returns how many runs ran (none when {@code fewest} is 0).
     */
    static int run(int fewest, JitWatch jit, int jvms, DoubleSupplier run) {
        if (fewest <= 0) {
            return 0;
        }
        long began = System.nanoTime();
        int runs = 0;
        double before = Double.NaN;
        while (true) {
            double seconds = run.getAsDouble();
            runs++;
            boolean steady = jit.settled(jvms) && Math.abs(seconds - before) <= STEADY * before;
            before = seconds;
            if (runs >= fewest && (steady || runs >= fewest + MORE_RUNS || System.nanoTime() - began >= CAP_NANOS)) {
                return runs;
            }
        }
    }
}
