package dev.copydesk.eval.aeb;

import dev.copydesk.eval.report.Formats;
import dev.copydesk.eval.report.PageResult;
import dev.copydesk.eval.report.Table;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of an article extraction benchmark run. Immutable.
 *
 * @param benchmark the benchmark's name
 * @param pages     pages evaluated
 * @param rows      Copydesk first, then the others by F1, best first; skipped systems last
 * @param worst     Copydesk's worst pages by page F1, worst first (as many as asked for)
 */
public record AebReport(String benchmark, int pages, List<AebRow> rows, List<PageResult> worst) {
    public AebReport {
        Objects.requireNonNull(benchmark, "benchmark");
        rows = List.copyOf(rows);
        worst = List.copyOf(worst);
    }

    /** The scores: system | kind | pages | failed | precision | recall | F1 | ± | note. */
    public Table table() {
        Table.Builder t = Table.builder(benchmark + ": " + pages + " pages; shingle precision and recall averaged over pages, F1 of the averages")
                .text("system").text("kind").number("pages").number("failed")
                .number("precision").number("recall").number("F1").number("±").text("note");
        for (AebRow r : rows) {
            if (r.skipped() != null) {
                t.row(r.system(), r.kind().label(), Formats.NONE, Formats.NONE, Formats.NONE, Formats.NONE, Formats.NONE,
                        Formats.NONE, Formats.skipped(r.skipped()));
            } else {
                t.row(r.system(), r.kind().label(), String.valueOf(r.pages()), String.valueOf(r.failed()),
                        Formats.score(r.score().precision()), Formats.score(r.score().recall()), Formats.score(r.score().f1()),
                        Formats.score(r.f1Std()), r.note());
            }
        }
        return t.build();
    }

    /** Copydesk's worst pages. */
    public Table worstTable() {
        return PageResult.table("Copydesk's " + worst.size() + " worst pages", worst);
    }
}
