package dev.copydesk.eval.bench.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntConsumer;

/**
 * Interleaved rounds. Each round covers the same work, cut into slices (a few pages, one article);
 * on each slice every system takes one turn, in an order that rotates by one place from step to
 * step ({@code 0 1 2}, then {@code 1 2 0}, then {@code 2 0 1}, …). A spell of load from other
 * programs then falls on every system alike instead of on whichever ran during it, and no system
 * always goes first (colder) or right after a given other one. A system's figure for a round is the
 * work it did over the time it took, summed over the round's slices. The order is deterministic, so
 * two runs take turns alike.
 */
public final class Rounds {
    private Rounds() {}

    /**
     * What one turn did.
     *
     * @param units work done, e.g. pages extracted
     * @param nanos time taken
     */
    public record Work(double units, long nanos) {
        /** Nothing done: a system that sat a slice out, or could not run. */
        public static final Work NONE = new Work(0, 0);
    }

    /** Takes one timed turn. */
    @FunctionalInterface
    public interface Turn {
        /**
         * @param system the system's index, 0-based
         * @param round  the round's index, 0-based
         * @param slice  the slice's index within the round, 0-based
         * @return what was done, {@link Work#NONE} when the system sat the slice out
         */
        Work take(int system, int round, int slice);
    }

    /**
     * One turn of a plan.
     *
     * @param system the system's index
     * @param round  the round's index
     * @param slice  the slice's index within the round
     */
    public record Step(int system, int round, int slice) {
    }

    /** The order in which {@code systems} systems take turns at step {@code step} (0-based). */
    public static List<Integer> order(int systems, int step) {
        if (systems < 0) {
            throw new IllegalArgumentException("systems must not be negative: " + systems);
        }
        if (step < 0) {
            throw new IllegalArgumentException("step must not be negative: " + step);
        }
        List<Integer> order = new ArrayList<>(systems);
        for (int i = 0; i < systems; i++) {
            order.add((step + i) % systems);
        }
        return order;
    }

    /** Every turn of a run, in the order taken: round by round, slice by slice, the order rotating at each slice. */
    public static List<Step> plan(int systems, int rounds, int slices) {
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds must be at least 1: " + rounds);
        }
        if (slices < 1) {
            throw new IllegalArgumentException("slices must be at least 1: " + slices);
        }
        List<Step> plan = new ArrayList<>(systems * rounds * slices);
        for (int round = 0; round < rounds; round++) {
            for (int slice = 0; slice < slices; slice++) {
                for (int system : order(systems, round * slices + slice)) {
                    plan.add(new Step(system, round, slice));
                }
            }
        }
        return plan;
    }

    /**
     * Takes every turn of {@link #plan}, telling {@code roundStart} the round's index before its first turn.
     *
     * @return each system's units per second in each round, {@code [system][round]}; NaN when the
     *         system took no time in the round
     */
    public static double[][] run(int systems, int rounds, int slices, IntConsumer roundStart, Turn turn) {
        Objects.requireNonNull(roundStart, "roundStart");
        Objects.requireNonNull(turn, "turn");
        double[][] units = new double[systems][rounds];
        long[][] nanos = new long[systems][rounds];
        int started = -1;
        for (Step step : plan(systems, rounds, slices)) {
            if (step.round() != started) {
                started = step.round();
                roundStart.accept(started);
            }
            Work w = Objects.requireNonNull(turn.take(step.system(), step.round(), step.slice()), "work");
            units[step.system()][step.round()] += w.units();
            nanos[step.system()][step.round()] += w.nanos();
        }
        double[][] rates = new double[systems][rounds];
        for (int s = 0; s < systems; s++) {
            for (int r = 0; r < rounds; r++) {
                rates[s][r] = nanos[s][r] > 0 ? units[s][r] / (nanos[s][r] / 1e9) : Double.NaN;
            }
        }
        return rates;
    }
}
