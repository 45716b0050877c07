package dev.copydesk.eval.bench.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Interleaved rounds: in each round every system takes one turn over the same work, in an order that
 * rotates by one place from round to round ({@code 0 1 2}, then {@code 1 2 0}, then {@code 2 0 1}, …).
 * A spell of load from other programs then falls on different systems in different rounds instead of
 * on whichever system happened to run during it, and no system always runs first (colder) or right
 * after a given other one. The order is deterministic, so two runs take turns alike.
 */
public final class Rounds {
    private Rounds() {}

    /** Takes one timed turn and answers its figure (e.g. pages per second). */
    @FunctionalInterface
    public interface Turn {
        /**
         * @param system the system's index, 0-based
         * @param round  the round's index, 0-based
         * @return the figure measured, or NaN when the system could not run
         */
        double take(int system, int round);
    }

    /** The order in which {@code systems} systems take turns in round {@code round} (0-based). */
    public static List<Integer> order(int systems, int round) {
        if (systems < 0) {
            throw new IllegalArgumentException("systems must not be negative: " + systems);
        }
        if (round < 0) {
            throw new IllegalArgumentException("round must not be negative: " + round);
        }
        List<Integer> order = new ArrayList<>(systems);
        for (int i = 0; i < systems; i++) {
            order.add((round + i) % systems);
        }
        return order;
    }

    /**
     * Runs {@code rounds} rounds, each system taking one turn per round in {@link #order}.
     *
     * @return the figures, {@code [system][round]}
     */
    public static double[][] run(int systems, int rounds, Turn turn) {
        Objects.requireNonNull(turn, "turn");
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds must be at least 1: " + rounds);
        }
        double[][] figures = new double[systems][rounds];
        for (int round = 0; round < rounds; round++) {
            for (int system : order(systems, round)) {
                figures[system][round] = turn.take(system, round);
            }
        }
        return figures;
    }
}
