package dev.copydesk.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What a second thread gains on this machine with no Copydesk code at all: the ceiling that any program's
 * scaling from one core to two meets here. Each probe is timed on one thread and then on two, with the same total
 * work ({@link #UNITS} units), round after round:
 * <ul>
 *   <li>busy arithmetic: eight independent chains of integer operations, in registers, nothing shared;</li>
 *   <li>random reads from an array of its own for each thread, at several sizes: where the two threads' arrays
 *   together no longer fit the cache their CPUs share but one does, two threads miss where one did not, and gain
 *   less. A program with a large working set, such as the language models of the analysis, meets the same.</li>
 * </ul>
 * Each probe's unit is sized to take about {@link #UNIT_SECONDS} on one thread. Stateless.
 */
final class MachineProbe {
    /** Work units per timing, split evenly between the threads. */
    static final int UNITS = 4;
    /** About how long one unit takes on one thread. */
    static final double UNIT_SECONDS = 0.1;
    /** The sizes of the random-read probes' arrays, one per thread, in MB. */
    static final int[] READ_MEGABYTES = {1, 4, 16, 64};

    /**
     * One probe's scaling from one thread to two: the median, over the rounds, of a round's one-thread time over
     * its two-thread time.
     */
    record Probe(String name, double scaling) {
    }

    /** Every probe's scaling, over {@code rounds} rounds. */
    record Result(List<Probe> probes, int rounds) {
        Result {
            probes = List.copyOf(probes);
        }

        /** The lowest scaling of any probe. */
        double lowest() {
            return probes.stream().mapToDouble(Probe::scaling).min().orElse(0);
        }

        /** The line the bench prints. */
        String line() {
            List<String> each = probes.stream().map(p -> String.format(Locale.ROOT, "%s %.2fx", p.name(), p.scaling())).toList();
            return String.format(Locale.ROOT, "the machine's ceiling, probes without Copydesk from one thread to two "
                    + "(median of %d round%s): %s\n", rounds, rounds == 1 ? "" : "s", String.join("; ", each));
        }
    }

    /** One unit of a probe's work: {@code steps} steps by thread {@code thread} of the run. */
    private interface Work {
        long run(long steps, int thread);
    }

    private static volatile long sink;

    private MachineProbe() {
    }

    /** Times every probe in {@code rounds} rounds, after one untimed round. */
    static Result measure(int rounds) {
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds must be at least 1, was " + rounds);
        }
        ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "copydesk-probe");
            t.setDaemon(true);
            return t;
        });
        try {
            List<String> names = new ArrayList<>();
            List<Work> works = new ArrayList<>();
            names.add("busy arithmetic");
            works.add((steps, thread) -> busy(steps, thread + 1));
            for (int mb : READ_MEGABYTES) {
                int[][] arrays = {filled(mb), filled(mb)};
                names.add("random reads in " + mb + " MB per thread");
                works.add((steps, thread) -> reads(arrays[thread % 2], steps, thread + 1));
            }
            List<Probe> probes = new ArrayList<>();
            for (int p = 0; p < works.size(); p++) {
                Work work = works.get(p);
                long steps = calibrate(pool, work);
                scaling(pool, work, steps);
                double[] r = new double[rounds];
                for (int i = 0; i < rounds; i++) {
                    r[i] = scaling(pool, work, steps);
                }
                probes.add(new Probe(names.get(p), BenchReport.median(r)));
            }
            return new Result(probes, rounds);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The steps that make one unit of {@code work} take about {@link #UNIT_SECONDS} on one thread. */
    private static long calibrate(ExecutorService pool, Work work) {
        long steps = 100_000;
        while (true) {
            double seconds = time(pool, 1, 1, work, steps);
            if (seconds >= UNIT_SECONDS / 4 || steps > 1L << 40) {
                return Math.max(1, (long) (steps * UNIT_SECONDS / seconds));
            }
            steps *= 4;
        }
    }

    /** One thread's time over two threads' for the same {@link #UNITS} units of {@code work}. */
    private static double scaling(ExecutorService pool, Work work, long steps) {
        double one = time(pool, 1, UNITS, work, steps);
        double two = time(pool, 2, UNITS, work, steps);
        return one / two;
    }

    /** Runs {@code units} units of {@code work} split over {@code threads} threads; returns the seconds taken. */
    private static double time(ExecutorService pool, int threads, int units, Work work, long steps) {
        long started = System.nanoTime();
        List<Future<Long>> parts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            int share = units / threads + (t < units % threads ? 1 : 0);
            parts.add(pool.submit(() -> {
                long sum = 0;
                for (int u = 0; u < share; u++) {
                    // One thread goes through every thread's share, so it reads both arrays, one at a time.
                    sum += work.run(steps, threads == 1 ? u : thread);
                }
                return sum;
            }));
        }
        long sum = 0;
        try {
            for (Future<Long> f : parts) {
                sum += f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while probing the machine", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the machine probe failed", e.getCause());
        }
        sink += sum;
        return Math.max(1, System.nanoTime() - started) / 1e9;
    }

    /** Eight independent chains of an addition or exclusive or and a rotation: as many as a core issues at once. */
    static long busy(long steps, long seed) {
        long a = seed, b = 2, c = 3, d = 4, e = 5, f = 6, g = 7, h = 8;
        for (long i = 0; i < steps; i++) {
            a = Long.rotateLeft(a + i, 1);
            b = Long.rotateLeft(b ^ i, 3);
            c = Long.rotateLeft(c + i, 5);
            d = Long.rotateLeft(d ^ i, 7);
            e = Long.rotateLeft(e + i, 11);
            f = Long.rotateLeft(f ^ i, 13);
            g = Long.rotateLeft(g + i, 17);
            h = Long.rotateLeft(h ^ i, 19);
        }
        return a + b + c + d + e + f + g + h;
    }

    /** {@code steps} reads at pseudo-random places of {@code array}. */
    static long reads(int[] array, long steps, long seed) {
        long x = seed;
        long sum = 0;
        int n = array.length;
        for (long i = 0; i < steps; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
            sum += array[(int) ((x >>> 33) % n)];
        }
        return sum;
    }

    private static int[] filled(int megabytes) {
        int[] a = new int[megabytes * 256 * 1024];
        java.util.Arrays.fill(a, 1);
        return a;
    }
}
