package dev.copydesk.eval.bench.stories;

import dev.copydesk.eval.report.Table;
import java.util.List;
import java.util.Locale;

/**
 * What {@link StoriesBench} measured at each corpus size, and how the time per article grew. Immutable.
 *
 * @param corpus what the corpus was made of
 * @param rows   one row per size, in the order run
 * @param isolated whether each size ran in a JVM of its own
 */
public record StoriesBenchReport(String corpus, List<Row> rows, boolean isolated) {
    /**
     * @param articles     articles linked
     * @param seconds      wall-clock time in {@code Linker.add} and {@code finish}
     * @param cpuSeconds   CPU time of the linking thread in them
     * @param stories      stories found
     * @param duplicates   articles found to copy another
     * @param peakHeap     peak heap in use over the run, garbage included, bytes
     * @param retainedHeap heap in use after a full collection, linker and result kept, bytes
     * @param maxHeap      the JVM's maximum heap, bytes
     */
    public record Row(int articles, double seconds, double cpuSeconds, int stories, int duplicates, long peakHeap, long retainedHeap,
                      long maxHeap) {
        /** Wall-clock microseconds per article. */
        public double microsPerArticle() {
            return seconds * 1e6 / articles;
        }

        /** CPU microseconds per article. */
        public double cpuMicrosPerArticle() {
            return cpuSeconds * 1e6 / articles;
        }

        /** The row as one line of tab-separated fields, for a parent process to read back. */
        public String toLine() {
            return String.join("\t", Integer.toString(articles), Double.toString(seconds), Double.toString(cpuSeconds),
                    Integer.toString(stories),
                    Integer.toString(duplicates), Long.toString(peakHeap), Long.toString(retainedHeap),
                    Long.toString(maxHeap));
        }

        /** Reads {@link #toLine()} back. */
        public static Row parse(String line) {
            String[] f = line.strip().split("\t");
            if (f.length != 8) {
                throw new IllegalArgumentException("not a bench row: " + line);
            }
            return new Row(Integer.parseInt(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                    Integer.parseInt(f[3]), Integer.parseInt(f[4]), Long.parseLong(f[5]), Long.parseLong(f[6]),
                    Long.parseLong(f[7]));
        }
    }

    public StoriesBenchReport {
        rows = List.copyOf(rows);
    }

    /** Wall-clock time per article at the largest size over the smallest, or NaN with fewer than two sizes. */
    public double growth() {
        return rows.size() < 2 ? Double.NaN : largest().microsPerArticle() / smallest().microsPerArticle();
    }

    /** CPU time per article at the largest size over the smallest, or NaN with fewer than two sizes. */
    public double cpuGrowth() {
        return rows.size() < 2 ? Double.NaN : largest().cpuMicrosPerArticle() / smallest().cpuMicrosPerArticle();
    }

    private Row smallest() {
        return rows.stream().min((a, b) -> Integer.compare(a.articles(), b.articles())).orElseThrow();
    }

    private Row largest() {
        return rows.stream().max((a, b) -> Integer.compare(a.articles(), b.articles())).orElseThrow();
    }

    /**
     * articles | seconds | articles/s | µs/article | CPU µs/article | stories | duplicates | peak heap MB | retained
     * MB | max heap MB.
     */
    public Table table() {
        String title = String.format(Locale.ROOT, "Linking speed (Linker: stories and duplicates, one thread, no "
                + "annotation: stories see words only) on a synthetic stream of %s, %d articles an event, two in five "
                + "copies; %s", corpus, StoryCorpus.PER_EVENT,
                isolated ? "each size in a JVM of its own" : "all sizes in this JVM");
        Table.Builder t = Table.builder(title).number("articles").number("seconds").number("articles/s")
                .number("µs/article").number("CPU µs/article").number("stories").number("duplicates").number("peak heap MB")
                .number("retained MB").number("max heap MB");
        for (Row r : rows) {
            t.row(String.format(Locale.ROOT, "%,d", r.articles()), String.format(Locale.ROOT, "%.1f", r.seconds()),
                    String.format(Locale.ROOT, "%,.0f", r.articles() / r.seconds()),
                    String.format(Locale.ROOT, "%.0f", r.microsPerArticle()),
                    String.format(Locale.ROOT, "%.0f", r.cpuMicrosPerArticle()),
                    String.format(Locale.ROOT, "%,d", r.stories()), String.format(Locale.ROOT, "%,d", r.duplicates()),
                    Long.toString(r.peakHeap() >> 20), Long.toString(r.retainedHeap() >> 20),
                    Long.toString(r.maxHeap() >> 20));
        }
        Table base = t.build();
        if (rows.size() < 2) {
            return base;
        }
        return new Table(base.title() + String.format(Locale.ROOT, "; time per article, largest size over smallest: "
                + "%.2fx wall-clock, %.2fx CPU", growth(), cpuGrowth()), base.columns(), base.rows());
    }
}
