package dev.copydesk.eval.bench.stats;

import java.util.Objects;

/**
 * How one system's figure compares with a baseline's when both were measured in the same rounds:
 * the ratio of their medians, and the ratio within each round. Rounds interleave the systems, so a
 * slow spell of a shared machine tends to hit both sides of a round's ratio alike; the per-round
 * ratios show what is left of the noise. Immutable.
 *
 * @param ofMedians the system's median over the baseline's median
 * @param perRound  the spread of the per-round ratios, round by round in the order measured
 */
public record Ratio(double ofMedians, Spread perRound) {
    public Ratio {
        Objects.requireNonNull(perRound, "perRound");
    }

    /**
     * Pairs the samples of {@code system} and {@code baseline} round by round.
     *
     * @throws IllegalArgumentException when they hold different numbers of samples or a baseline
     *                                  sample is not positive
     */
    public static Ratio of(Spread system, Spread baseline) {
        if (system.count() != baseline.count()) {
            throw new IllegalArgumentException("system and baseline must have as many rounds: "
                    + system.count() + " and " + baseline.count());
        }
        double[] ratios = new double[system.count()];
        for (int r = 0; r < ratios.length; r++) {
            double base = baseline.samples().get(r);
            if (!(base > 0)) {
                throw new IllegalArgumentException("baseline sample of round " + (r + 1) + " must be positive: " + base);
            }
            ratios[r] = system.samples().get(r) / base;
        }
        return new Ratio(system.median() / baseline.median(), Spread.of(ratios));
    }

    /** Whether some round put the system ahead (or level) and another behind: the ratio's side of 1 is unknown. */
    public boolean crossesOne() {
        return perRound.min() <= 1 && perRound.max() >= 1;
    }
}
