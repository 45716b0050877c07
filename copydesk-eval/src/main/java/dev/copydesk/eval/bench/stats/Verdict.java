package dev.copydesk.eval.bench.stats;

import java.util.Locale;

/**
 * Whether repeated timings hold still enough to conclude, and why not. A figure (pages per second,
 * say) is too noisy when its relative spread, the interquartile range over the median, exceeds a
 * limit. A comparison with a baseline rests on the per-round ratios: too close to call when they fall
 * on both sides of 1, a noisy margin when their own relative spread exceeds the limit. Rounds
 * interleave the systems, so the ratios often hold still while the figures themselves swing with
 * the load of a shared machine; the verdict then names the side and flags the figure. Immutable.
 *
 * @param conclusive whether the figure (for a figure alone) or the comparison can be relied on
 * @param text       what a table shows, e.g. {@code "faster"}, {@code "steady"},
 *                   {@code "too close to call: round ratios 0.95x-1.20x cross 1.00x"}
 */
public record Verdict(boolean conclusive, String text) {
    /** The default limit on a relative spread: 15%. */
    public static final double DEFAULT_MAX_SPREAD = 0.15;

    /**
     * The verdict on one figure alone (a baseline's, or a system's when there is no baseline):
     * {@code "steady"} or, for a figure named {@code pages/s}, {@code "pages/s too noisy: spread 23% > 15%"}
     * (just {@code "too noisy: …"} when the name is empty).
     */
    public static Verdict of(Spread figure, String name, double maxSpread) {
        checkLimit(maxSpread);
        if (figure.relativeSpread() > maxSpread) {
            return new Verdict(false, noisy(figure, name, maxSpread));
        }
        return new Verdict(true, "steady");
    }

    /**
     * The verdict on a system's figure compared with the baseline's ({@code higherIsFaster} says
     * which way the figure points: pages per second up, seconds per page down). It opens with one of
     * <ul>
     * <li>{@code "faster"} or {@code "slower"}: every round agrees, and the per-round ratios spread no
     *     more than {@code maxSpread}; conclusive;</li>
     * <li>{@code "faster, by a noisy margin: ratio spread 25% > 15%"}: every round agrees on the side,
     *     but the size of the gap is not reliable; not conclusive;</li>
     * <li>{@code "too close to call: round ratios 0.95x-1.20x cross 1.00x"}: the rounds disagree on
     *     which system is faster; not conclusive;</li>
     * </ul>
     * followed, when the system's own figure spreads more than {@code maxSpread}, by
     * {@code "; pages/s too noisy: spread 19% > 15%"}.
     */
    public static Verdict compare(Spread system, Ratio ratio, String name, double maxSpread, boolean higherIsFaster) {
        checkLimit(maxSpread);
        String side = (ratio.ofMedians() > 1) == higherIsFaster ? "faster" : "slower";
        boolean conclusive = false;
        String text;
        if (ratio.crossesOne()) {
            text = String.format(Locale.ROOT, "too close to call: round ratios %.2fx-%.2fx cross 1.00x",
                    ratio.perRound().min(), ratio.perRound().max());
        } else if (ratio.perRound().relativeSpread() > maxSpread) {
            text = side + ", by a noisy margin: ratio spread " + percent(ratio.perRound().relativeSpread()) + " > "
                    + percent(maxSpread);
        } else {
            text = side;
            conclusive = true;
        }
        if (system.relativeSpread() > maxSpread) {
            text += "; " + noisy(system, name, maxSpread);
        }
        return new Verdict(conclusive, text);
    }

    private static String noisy(Spread figure, String name, double maxSpread) {
        return (name.isEmpty() ? "" : name + " ") + "too noisy: spread " + percent(figure.relativeSpread()) + " > "
                + percent(maxSpread);
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
