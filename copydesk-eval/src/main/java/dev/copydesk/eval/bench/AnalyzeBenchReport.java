package dev.copydesk.eval.bench;

import dev.copydesk.eval.report.Table;
import java.util.List;
import java.util.Locale;

/**
 * The outcome of {@link AnalyzeBench}: one row per system, and the heap the JVM was given.
 *
 * @param articles articles annotated by each system
 * @param maxHeap  the JVM's maximum heap, bytes
 * @param rows     Copydesk first, then the reference when it ran
 */
public record AnalyzeBenchReport(int articles, long maxHeap, List<Row> rows) {
    /**
     * @param system       the system and its annotators
     * @param articles     articles annotated in the timed pass
     * @param tokens       tokens the system found in them
     * @param seconds      wall-clock time of the timed pass, one thread
     * @param loadSeconds  time to load the system's models
     * @param peakHeapUsed peak heap in use (sum of the heap pools' peaks) over loading and annotating
     */
    public record Row(String system, int articles, long tokens, double seconds, double loadSeconds, long peakHeapUsed) {
        public double secondsPerArticle() {
            return seconds / articles;
        }

        public double tokensPerSecond() {
            return seconds == 0 ? 0 : tokens / seconds;
        }
    }

    public AnalyzeBenchReport {
        rows = List.copyOf(rows);
    }

    /** How many times faster per article Copydesk is than the reference, or NaN without one. */
    public double speedup() {
        return rows.size() < 2 ? Double.NaN : rows.get(1).secondsPerArticle() / rows.get(0).secondsPerArticle();
    }

    public Table table() {
        Table.Builder t = Table.builder(String.format(Locale.ROOT,
                "Annotation speed on %d articles, one thread each (per core), max heap %,d MB", articles, maxHeap >> 20))
                .text("system").number("s/article").number("tokens/s/core").number("tokens").number("load s")
                .number("peak heap MB");
        for (Row r : rows) {
            t.row(r.system(), String.format(Locale.ROOT, "%.4f", r.secondsPerArticle()),
                    String.format(Locale.ROOT, "%,.0f", r.tokensPerSecond()), Long.toString(r.tokens()),
                    String.format(Locale.ROOT, "%.1f", r.loadSeconds()), Long.toString(r.peakHeapUsed() >> 20));
        }
        Table base = t.build();
        if (rows.size() < 2) {
            return base;
        }
        return new Table(base.title() + String.format(Locale.ROOT, "; Copydesk is %.1fx faster per article", speedup()),
                base.columns(), base.rows());
    }
}
