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
     * The verdict on a system compared with the baseline ({@code higherIsFaster} says which way the
     * figure points: pages per second up, seconds per page down).
     * <ul>
     * <li>{@code "faster"} or {@code "slower"}: every round agrees, and neither the system's figure nor
     *     the per-round ratios spread more than {@code maxSpread}; conclusive.</li>
     * <li>{@code "faster; too noisy to say by how much: spread 57%, ratio spread 44% > 15%"}: every
     *     round agrees on the side, but the size of the gap is not reliable; not conclusive.</li>
     * <li>{@code "too close to call: round ratios 0.95x-1.20x cross 1.00x"}, followed by any noise:
     *     the rounds disagree on which system is faster; not conclusive.</li>
     * </ul>
     */
    public static Verdict compare(Spread system, Ratio ratio, double maxSpread, boolean higherIsFaster) {
        checkLimit(maxSpread);
        List<String> noise = new ArrayList<>();
        if (system.relativeSpread() > maxSpread) {
            noise.add("spread " + percent(system.relativeSpread()));
        }
        if (ratio.perRound().relativeSpread() > maxSpread) {
            noise.add("ratio spread " + percent(ratio.perRound().relativeSpread()));
        }
        String noisy = String.join(", ", noise) + " > " + percent(maxSpread);
        if (ratio.crossesOne()) {
            String text = String.format(Locale.ROOT, "too close to call: round ratios %.2fx-%.2fx cross 1.00x",
                    ratio.perRound().min(), ratio.perRound().max());
            return new Verdict(false, noise.isEmpty() ? text : text + "; too noisy: " + noisy);
        }
        String side = (ratio.ofMedians() > 1) == higherIsFaster ? "faster" : "slower";
        if (!noise.isEmpty()) {
            return new Verdict(false, side + "; too noisy to say by how much: " + noisy);
        }
        return new Verdict(true, side);
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
