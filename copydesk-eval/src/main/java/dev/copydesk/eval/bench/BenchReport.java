package dev.copydesk.eval.bench;

import dev.copydesk.eval.report.Formats;
import dev.copydesk.eval.report.Table;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of a throughput run. Immutable.
 *
 * @param pages    pages in the run
 * @param chars    total characters of HTML
 * @param passes   timed passes per system
 * @param warmup   pages each in-process system extracted untimed first
 * @param baseline the system the ratios are relative to
 * @param rows     one per system, in run order
 */
public record BenchReport(int pages, long chars, int passes, int warmup, String baseline, List<BenchRow> rows) {
    public BenchReport {
        Objects.requireNonNull(baseline, "baseline");
        rows = List.copyOf(rows);
    }

    /** The baseline's row, when it was measured. */
    public Optional<BenchRow> baselineRow() {
        return rows.stream().filter(r -> r.system().equals(baseline) && r.measured()).findFirst();
    }

    /** system | timed as | failed | pages/s | ms/page | vs baseline | note. */
    public Table table() {
        Optional<BenchRow> base = baselineRow();
        Table.Builder t = Table.builder(String.format(Locale.ROOT,
                        "Extraction throughput: %d pages (%.1f MB of HTML), %d timed pass%s after %d warm-up pages",
                        pages, chars / 1e6, passes, passes == 1 ? "" : "es", warmup))
                .text("system").text("timed as").number("failed").number("pages/s").number("ms/page")
                .number("vs " + baseline).text("note");
        for (BenchRow r : rows) {
            String timedAs = r.inProcess() ? "single thread" : "whole batch, Node.js";
            if (r.skipped() != null) {
                t.row(r.system(), timedAs, Formats.NONE, Formats.NONE, Formats.NONE, Formats.NONE, Formats.skipped(r.skipped()));
            } else if (!r.measured()) {
                t.row(r.system(), timedAs, String.valueOf(r.failed()), Formats.NONE, Formats.NONE, Formats.NONE, r.note());
            } else {
                String ratio = base.map(b -> Formats.ratio(r.pagesPerSecond() / b.pagesPerSecond())).orElse(Formats.NONE);
                t.row(r.system(), timedAs, String.valueOf(r.failed()), Formats.rate(r.pagesPerSecond()),
                        Formats.rate(1000 / r.pagesPerSecond()), ratio, r.note());
            }
        }
        return t.build();
    }
}
