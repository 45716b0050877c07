package dev.copydesk.eval.wcxb;

import dev.copydesk.eval.metrics.WordScore;
import dev.copydesk.eval.report.Formats;
import dev.copydesk.eval.report.PageResult;
import dev.copydesk.eval.report.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of a WCXB run. Immutable.
 *
 * @param benchmark   the benchmark's name
 * @param pages       pages evaluated
 * @param pagesByType page count by type, most frequent first
 * @param rows        Copydesk first, then the others by F1, best first; skipped systems last
 * @param worst       Copydesk's worst pages by page F1, worst first (as many as asked for)
 */
public record WcxbReport(String benchmark, int pages, Map<String, Integer> pagesByType, List<WcxbRow> rows, List<PageResult> worst) {
    public WcxbReport {
        Objects.requireNonNull(benchmark, "benchmark");
        pagesByType = Collections.unmodifiableMap(new LinkedHashMap<>(pagesByType));
        rows = List.copyOf(rows);
        worst = List.copyOf(worst);
    }

    /** The overall scores: system | kind | pages | failed | precision | recall | F1 | with found | without absent | note. */
    public Table table() {
        Table.Builder t = Table.builder(benchmark + ": " + pages + " pages; bag-of-words precision, recall and F1 averaged over pages")
                .text("system").text("kind").number("pages").number("failed")
                .number("precision").number("recall").number("F1").number("with found").number("without absent").text("note");
        for (WcxbRow r : rows) {
            if (r.skipped() != null) {
                t.row(r.system(), r.kind().label(), Formats.NONE, Formats.NONE, Formats.NONE, Formats.NONE, Formats.NONE,
                        Formats.NONE, Formats.NONE, Formats.skipped(r.skipped()));
            } else {
                t.row(r.system(), r.kind().label(), String.valueOf(r.pages()), String.valueOf(r.failed()),
                        Formats.score(r.score().precision()), Formats.score(r.score().recall()), Formats.score(r.score().f1()),
                        Formats.score(r.withFound()), Formats.score(r.withoutAbsent()), r.note());
            }
        }
        return t.build();
    }

    /** F1 by page type: system | one column per type, headed "type (pages)". Skipped systems are left out. */
    public Table typeTable() {
        Table.Builder t = Table.builder("F1 by page type").text("system");
        for (Map.Entry<String, Integer> e : pagesByType.entrySet()) {
            t.number(e.getKey() + " (" + e.getValue() + ")");
        }
        for (WcxbRow r : rows) {
            if (r.skipped() != null) {
                continue;
            }
            List<String> row = new ArrayList<>();
            row.add(r.system());
            for (String type : pagesByType.keySet()) {
                WordScore s = r.byType().get(type);
                row.add(s == null ? Formats.NONE : Formats.score(s.f1()));
            }
            t.row(row);
        }
        return t.build();
    }

    /** Copydesk's worst pages. */
    public Table worstTable() {
        return PageResult.table("Copydesk's " + worst.size() + " worst pages", worst);
    }
}
