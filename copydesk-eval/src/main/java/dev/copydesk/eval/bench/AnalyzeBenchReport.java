package dev.copydesk.eval.bench;

import dev.copydesk.eval.bench.stats.Ratio;
import dev.copydesk.eval.bench.stats.Spread;
import dev.copydesk.eval.bench.stats.Verdict;
import dev.copydesk.eval.report.Formats;
import dev.copydesk.eval.report.Table;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The outcome of {@link AnalyzeBench}: one row per system, and the heap the JVM was given. Immutable.
 *
 * @param articles   articles annotated by each system in each pass
 * @param rounds     interleaved rounds
 * @param maxHeap    the JVM's maximum heap, bytes
 * @param roundsPeak peak heap in use over the rounds, both systems loaded, bytes
 * @param maxSpread  the relative spread above which a figure is called too noisy ({@code 0.15} is 15%)
 * @param rows       Copydesk first, then the reference when it ran
 */
public record AnalyzeBenchReport(int articles, int rounds, long maxHeap, long roundsPeak, double maxSpread, List<Row> rows) {
    /**
     * @param system            the system and its annotators
     * @param articles          articles in one pass
     * @param tokens            tokens the system found in them
     * @param articlesPerSecond articles per second in each round
     * @param loadSeconds       time to load the system's models
     * @param peakHeapUsed      peak heap in use (sum of the heap pools' peaks) over loading and warm-up
     * @param vsReference       articles per second over the reference's, round by round, or
     *                          {@code null} without a reference
     * @param verdict           whether the figures hold still enough to conclude
     */
    public record Row(String system, int articles, long tokens, Spread articlesPerSecond, double loadSeconds,
                      long peakHeapUsed, Ratio vsReference, String verdict) {
        public Row {
            Objects.requireNonNull(system, "system");
            Objects.requireNonNull(articlesPerSecond, "articlesPerSecond");
            Objects.requireNonNull(verdict, "verdict");
        }

        /** Seconds per article, from the median rate. */
        public double secondsPerArticle() {
            return 1 / articlesPerSecond.median();
        }

        /** Tokens per second, from the median rate. */
        public double tokensPerSecond() {
            return (double) tokens / articles * articlesPerSecond.median();
        }
    }

    public AnalyzeBenchReport {
        rows = List.copyOf(rows);
    }

    /** How many times faster per article Copydesk is than the reference (ratio of medians), or NaN without one. */
    public double speedup() {
        return rows.isEmpty() || rows.get(0).vsReference() == null ? Double.NaN : rows.get(0).vsReference().ofMedians();
    }

    /**
     * system | s/article | articles/s (median) | min-max | spread | tokens/s/core | tokens | load s |
     * peak heap MB | vs reference | round ratios | verdict.
     */
    public Table table() {
        String title = String.format(Locale.ROOT, "Annotation speed on %d article%s, %d interleaved round%s, one thread each "
                        + "(per core); median of rounds, spread = interquartile range / median, too noisy above %s; "
                        + "max heap %,d MB, peak over the rounds %,d MB",
                articles, articles == 1 ? "" : "s", rounds, rounds == 1 ? "" : "s", Verdict.percent(maxSpread),
                maxHeap >> 20, roundsPeak >> 20);
        Table.Builder t = Table.builder(title)
                .text("system").number("s/article").number("articles/s").number("min-max").number("spread")
                .number("tokens/s/core").number("tokens").number("load s").number("peak heap MB")
                .number("vs reference").number("round ratios").text("verdict");
        for (Row r : rows) {
            Spread rate = r.articlesPerSecond();
            Ratio ratio = r.vsReference();
            t.row(r.system(), String.format(Locale.ROOT, "%.4f", r.secondsPerArticle()), rate(rate.median()),
                    rate(rate.min()) + "-" + rate(rate.max()), Verdict.percent(rate.relativeSpread()),
                    String.format(Locale.ROOT, "%,.0f", r.tokensPerSecond()), Long.toString(r.tokens()),
                    String.format(Locale.ROOT, "%.1f", r.loadSeconds()), Long.toString(r.peakHeapUsed() >> 20),
                    ratio == null ? Formats.NONE : Formats.ratio(ratio.ofMedians()),
                    ratio == null ? Formats.NONE : Formats.ratio(ratio.perRound().min()) + "-" + Formats.ratio(ratio.perRound().max()),
                    r.verdict());
        }
        Table base = t.build();
        if (rows.size() < 2 || rows.get(0).vsReference() == null) {
            return base;
        }
        Row copydesk = rows.get(0);
        Ratio ratio = rows.get(0).vsReference();
        String claim = String.format(Locale.ROOT, "; Copydesk vs reference per article: %.1fx (rounds %.1fx-%.1fx), %s",
                speedup(), ratio.perRound().min(), ratio.perRound().max(), rows.get(0).verdict());
        return new Table(base.title() + claim, base.columns(), base.rows());
    }

    /** Articles per second: three significant figures at least. */
    private static String rate(double value) {
        return String.format(Locale.ROOT, value < 1 ? "%.3f" : value < 10 ? "%.2f" : "%.1f", value);
    }
}
