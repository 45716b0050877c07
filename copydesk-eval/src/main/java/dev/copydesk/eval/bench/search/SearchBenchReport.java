package dev.copydesk.eval.bench.search;

import dev.copydesk.eval.report.Table;
import java.util.List;
import java.util.Locale;

/**
 * The outcome of {@link SearchBench}: how the index was built and how fast each kind of query ran.
 *
 * @param seeds          articles really analysed, which the indexed articles are variants of
 * @param analyseSeconds wall-clock time to analyse them
 * @param articles       articles indexed
 * @param indexSeconds   wall-clock time to make and put every variant, commits included
 * @param threads        threads that put articles
 * @param indexBytes     the index's size on disk after the last commit
 * @param maxHeap        the JVM's maximum heap, bytes
 * @param rows           one per kind of query
 */
public record SearchBenchReport(int seeds, double analyseSeconds, int articles, double indexSeconds, int threads,
                                long indexBytes, long maxHeap, List<Row> rows) {
    /**
     * @param query        what kind of query
     * @param runs         timed runs (after the warm-up)
     * @param nanos        each run's latency, sorted
     * @param meanMatches  average matching articles (or quotes, entities) per run
     */
    public record Row(String query, int runs, long[] nanos, double meanMatches) {
        public double percentileMs(double p) {
            if (nanos.length == 0) {
                return Double.NaN;
            }
            int i = (int) Math.ceil(p / 100.0 * nanos.length) - 1;
            return nanos[Math.max(0, Math.min(nanos.length - 1, i))] / 1e6;
        }

        public double maxMs() {
            return nanos.length == 0 ? Double.NaN : nanos[nanos.length - 1] / 1e6;
        }
    }

    public SearchBenchReport {
        rows = List.copyOf(rows);
    }

    public double articlesPerSecond() {
        return indexSeconds == 0 ? 0 : articles / indexSeconds;
    }

    public Table table() {
        String title = String.format(Locale.ROOT, "Search at %,d articles (variants of %,d analysed in %.0f s); indexed in %.0f s "
                        + "on %d threads (%,.0f articles/s); index %,d MB on disk; max heap %,d MB; one query at a time after warm-up, result cache off",
                articles, seeds, analyseSeconds, indexSeconds, threads, articlesPerSecond(), indexBytes >> 20, maxHeap >> 20);
        Table.Builder t = Table.builder(title).text("query").number("runs").number("p50 ms").number("p95 ms")
                .number("p99 ms").number("max ms").number("avg matches");
        for (Row r : rows) {
            t.row(r.query(), Integer.toString(r.runs()), ms(r.percentileMs(50)), ms(r.percentileMs(95)), ms(r.percentileMs(99)),
                    ms(r.maxMs()), String.format(Locale.ROOT, "%,.0f", r.meanMatches()));
        }
        return t.build();
    }

    private static String ms(double v) {
        return String.format(Locale.ROOT, v < 10 ? "%.2f" : "%.1f", v);
    }
}
