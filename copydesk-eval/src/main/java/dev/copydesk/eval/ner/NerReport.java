package dev.copydesk.eval.ner;

import dev.copydesk.eval.report.Table;
import java.util.Locale;

/**
 * The outcome of a CoNLL run: counts per type, and how much was read.
 *
 * @param file      the file scored
 * @param documents documents scored
 * @param tokens    tokens in them
 * @param counts    the counts
 * @param seconds   wall-clock time of the annotation, model loading excluded
 */
public record NerReport(String file, int documents, int tokens, NerCounts counts, double seconds) {
    /** P/R/F1 per type, then overall (micro), as the CoNLL scorer reports them. */
    public Table table() {
        Table.Builder t = Table.builder(String.format(Locale.ROOT,
                "Copydesk NER on %s: %d documents, %,d tokens, entity-level exact match (CoNLL scorer)",
                file, documents, tokens))
                .text("type").number("gold").number("predicted").number("precision").number("recall").number("F1");
        for (String type : counts.types()) {
            row(t, counts.score(type));
        }
        row(t, counts.overall());
        return t.build();
    }

    private static void row(Table.Builder t, NerScore s) {
        t.row(s.type(), Integer.toString(s.gold()), Integer.toString(s.predicted()), pct(s.precision()),
                pct(s.recall()), pct(s.f1()));
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.2f", 100 * v);
    }
}
