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
 * The outcome of an {@link ExtractionBench} run. Immutable.
 *
 * @param pages     pages in the run
 * @param chars     total characters of HTML
 * @param rounds    interleaved rounds; each system made one timed pass over every page per round
 * @param warmup    pages each in-process system extracted untimed first
 * @param baseline  the system the ratios are relative to
 * @param maxSpread the relative spread above which a figure is called too noisy ({@code 0.15} is 15%)
 * @param rows      one per system, in the order given
 */
public record BenchReport(int pages, long chars, int rounds, int warmup, String baseline, double maxSpread,
                          List<BenchRow> rows) {
    public BenchReport {
        Objects.requireNonNull(baseline, "baseline");
        rows = List.copyOf(rows);
    }

    /**
     * system | timed as | failed | pages/s (median) | min-max | spread | ms/page | vs baseline (ratio of
     * medians) | round ratios (min-max) | verdict | note.
     */
    public Table table() {
        Table.Builder t = Table.builder(String.format(Locale.ROOT,
                        "Extraction throughput: %d pages (%.1f MB of HTML), %d interleaved round%s after %d warm-up pages; "
                                + "median of rounds, spread = interquartile range / median, too noisy above %s",
                        pages, chars / 1e6, rounds, rounds == 1 ? "" : "s", warmup, Verdict.percent(maxSpread)))
                .text("system").text("timed as").number("failed").number("pages/s").number("min-max").number("spread")
                .number("ms/page").number("vs " + baseline).number("round ratios").text("verdict").text("note");
        for (BenchRow r : rows) {
            String timedAs = r.inProcess() ? "single thread" : "whole batch, Node.js";
            String none = Formats.NONE;
            if (r.skipped() != null) {
                t.row(r.system(), timedAs, none, none, none, none, none, none, none, "", Formats.skipped(r.skipped()));
            } else if (!r.measured()) {
                t.row(r.system(), timedAs, String.valueOf(r.failed()), none, none, none, none, none, none, "", r.note());
            } else {
                Spread rate = r.pagesPerSecond();
                Ratio ratio = r.vsBaseline();
                t.row(r.system(), timedAs, String.valueOf(r.failed()), Formats.rate(rate.median()),
                        Formats.rate(rate.min()) + "-" + Formats.rate(rate.max()), Verdict.percent(rate.relativeSpread()),
                        Formats.rate(1000 / rate.median()),
                        ratio == null ? none : Formats.ratio(ratio.ofMedians()),
                        ratio == null ? none : Formats.ratio(ratio.perRound().min()) + "-" + Formats.ratio(ratio.perRound().max()),
                        r.verdict(), r.note());
            }
        }
        return t.build();
    }
}
