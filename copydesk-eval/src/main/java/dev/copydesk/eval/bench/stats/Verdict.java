package dev.copydesk.eval.bench.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether repeated timings hold still enough to conclude, and why not. A figure is too noisy when its
 * relative spread (interquartile range over median) exceeds a limit; a comparison with a baseline is
 * too close to call when the per-round ratios fall on both sides of 1, and too noisy when their own
 * relative spread exceeds the limit. Immutable.
 *
 * @param conclusive whether the figure (or the comparison) can be relied on
 * @param text       what a table shows: {@code "faster"}, {@code "slower"}, {@code "steady"}, or what is
 *                   wrong, e.g. {@code "too noisy: spread 23% > 15%"}
 */
public record Verdict(boolean conclusive, String text) {
    /** The default limit on a relative spread: 15%. */
    public static final double DEFAULT_MAX_SPREAD = 0.15;

    /**
     * The verdict on one figure alone (a baseline's, or a system's when there is no baseline):
     * {@code "steady"} or {@code "too noisy: spread 23% > 15%"}.
     */
    public static Verdict of(Spread figure, double maxSpread) {
        checkLimit(maxSpread);
        if (figure.relativeSpread() > maxSpread) {
            return new Verdict(false, "too noisy: spread " + percent(figure.relativeSpread()) + " > " + percent(maxSpread));
        }
        return new Verdict(true, "steady");
    }

    /**
     * The verdict on a system compared with the baseline. Conclusive when the per-round ratios all
     * fall on one side of 1 and neither the system's figure nor the ratio spreads more than
     * {@code maxSpread}; the text is then {@code "faster"} or {@code "slower"} ({@code higherIsFaster}
     * says which way the figure points: pages per second up, seconds per page down). Otherwise the
     * text names every reason, e.g. {@code "too close to call: round ratios 0.95x-1.20x cross 1.00x"}.
     */
    public static Verdict compare(Spread system, Ratio ratio, double maxSpread, boolean higherIsFaster) {
        checkLimit(maxSpread);
        List<String> reasons = new ArrayList<>();
        if (ratio.crossesOne()) {
            reasons.add("too close to call: round ratios " + String.format(Locale.ROOT, "%.2fx-%.2fx", ratio.perRound().min(), ratio.perRound().max()) + " cross 1.00x");
        }
        if (system.relativeSpread() > maxSpread) {
            reasons.add("too noisy: spread " + percent(system.relativeSpread()) + " > " + percent(maxSpread));
        }
        if (ratio.perRound().relativeSpread() > maxSpread) {
            reasons.add("ratio too noisy: spread " + percent(ratio.perRound().relativeSpread()) + " > " + percent(maxSpread));
        }
        if (!reasons.isEmpty()) {
            return new Verdict(false, String.join("; ", reasons));
        }
        boolean above = ratio.ofMedians() > 1;
        return new Verdict(true, above == higherIsFaster ? "faster" : "slower");
    }

    /** {@code 0.234} as {@code "23%"}; below 10% with one decimal, {@code "4.5%"}. */
    public static String percent(double fraction) {
        double p = fraction * 100;
        return String.format(Locale.ROOT, p < 9.95 ? "%.1f%%" : "%.0f%%", p);
    }

    private static void checkLimit(double maxSpread) {
        if (!(maxSpread > 0)) {
            throw new IllegalArgumentException("maxSpread must be positive: " + maxSpread);
        }
    }
}
