package dev.copydesk.eval.bench.stats;

import java.util.Objects;

/**
 * One system's figure set beside the baseline's: the ratio (when there is a baseline) and the verdict
 * a table shows. Immutable.
 *
 * @param ratio   the system's figure over the baseline's, or {@code null} without a baseline
 * @param verdict whether the figure and the comparison hold still enough to conclude
 */
public record Comparison(Ratio ratio, Verdict verdict) {
    public Comparison {
        Objects.requireNonNull(verdict, "verdict");
    }

    /**
     * Compares {@code figure} with {@code baseline}.
     *
     * @param baseline       the baseline's figure, measured in the same rounds, or {@code null} when
     *                       there is none: the verdict then judges the figure alone
     * @param isBaseline     whether {@code figure} is the baseline's own: its ratio is 1 and its
     *                       verdict reads {@code "baseline"}, followed by any noise
     * @param name           what the figure is, as the verdict names it, e.g. {@code "pages/s"}
     * @param higherIsFaster whether a higher figure means faster (pages per second) or slower (seconds)
     */
    public static Comparison of(Spread figure, Spread baseline, boolean isBaseline, String name, double maxSpread,
                                boolean higherIsFaster) {
        Objects.requireNonNull(figure, "figure");
        if (baseline == null) {
            return new Comparison(null, Verdict.of(figure, name, maxSpread));
        }
        Ratio ratio = Ratio.of(figure, baseline);
        if (isBaseline) {
            Verdict alone = Verdict.of(figure, name, maxSpread);
            return new Comparison(ratio, new Verdict(alone.conclusive(),
                    alone.conclusive() ? "baseline" : "baseline; " + alone.text()));
        }
        return new Comparison(ratio, Verdict.compare(figure, ratio, name, maxSpread, higherIsFaster));
    }
}
