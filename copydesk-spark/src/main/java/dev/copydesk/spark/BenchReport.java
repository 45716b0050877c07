package dev.copydesk.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The table and figures {@code copydesk spark bench} prints from its timed runs: one row per configuration
 * (in the order first run) with the median and the range of articles per second over its rounds, the untimed
 * setup, and the memory per executor; then the scaling from one core to two (Spark local and the standalone
 * cluster, the single machine's own with two threads, and the {@link MachineProbe}'s, with no Copydesk code) and
 * the overhead of Spark on one core against the single machine. Each figure twice: the ratio of the medians, and
 * the median (and range) of the ratios round by round, which compares runs made close together (the local
 * configurations a figure compares run one right after the other, and the 1-worker cluster's runs alternate with
 * the single machine's {@link #SINGLE_BESIDE} runs; the two cluster configurations run minutes apart), so a machine
 * whose speed drifts (a shared host) moves it less. Stateless.
 */
final class BenchReport {
    /** The configurations the figures compare, by their row names. */
    static final String SINGLE = "single machine, 1 thread";
    static final String SINGLE_2 = "single machine, 2 threads";
    static final String LOCAL_1 = "spark local[1]";
    static final String LOCAL_2 = "spark local[2]";
    static final String CLUSTER_1 = "standalone, 1 worker x 1 core";
    static final String CLUSTER_2 = "standalone, 2 workers x 1 core";
    /** The single machine on one thread, run between the 1-worker cluster's rounds: that overhead's other side. */
    static final String SINGLE_BESIDE = "single machine, 1 thread, between the 1-worker rounds";

    private static final double MB = 1024.0 * 1024;

    private BenchReport() {
    }

    /** The rounds of one configuration. */
    record Row(String mode, List<SparkBenchmark.Run> runs) {
        double medianRate() {
            return median(runs.stream().mapToDouble(SparkBenchmark.Run::rate).toArray());
        }

        double medianSeconds() {
            return median(runs.stream().mapToDouble(SparkBenchmark.Run::seconds).toArray());
        }

        double minRate() {
            return runs.stream().mapToDouble(SparkBenchmark.Run::rate).min().orElse(0);
        }

        double maxRate() {
            return runs.stream().mapToDouble(SparkBenchmark.Run::rate).max().orElse(0);
        }

        String articles() {
            int min = runs.stream().mapToInt(SparkBenchmark.Run::articles).min().orElse(0);
            int max = runs.stream().mapToInt(SparkBenchmark.Run::articles).max().orElse(0);
            return min == max ? String.valueOf(min) : min + "–" + max;
        }

        double medianSetup() {
            return median(runs.stream().mapToDouble(SparkBenchmark.Run::setupSeconds).toArray());
        }

        /** The highest peak heap over the rounds, in bytes, or -1 when none was measured. */
        long peakHeap() {
            return runs.stream().mapToLong(SparkBenchmark.Run::peakHeap).max().orElse(-1);
        }

        String heapLimit() {
            return runs.get(0).heapLimit();
        }

        String cpus() {
            return runs.get(0).cpus() == null ? "not pinned" : runs.get(0).cpus();
        }
    }

    /** The runs grouped by configuration, in the order each configuration first ran. */
    static List<Row> rows(List<SparkBenchmark.Run> runs) {
        Map<String, List<SparkBenchmark.Run>> byMode = new LinkedHashMap<>();
        for (SparkBenchmark.Run r : runs) {
            byMode.computeIfAbsent(r.mode(), m -> new ArrayList<>()).add(r);
        }
        List<Row> rows = new ArrayList<>();
        byMode.forEach((mode, rs) -> rows.add(new Row(mode, List.copyOf(rs))));
        return rows;
    }

    /** The Markdown table, then the scaling, the overhead and what the memory columns mean. */
    static String format(List<SparkBenchmark.Run> runs) {
        return format(runs, null);
    }

    /** As {@link #format(List)}, with the machine's own ceiling ({@code probe}; {@code null}: not probed) after the scaling. */
    static String format(List<SparkBenchmark.Run> runs, MachineProbe.Result probe) {
        List<Row> rows = rows(runs);
        StringBuilder s = new StringBuilder("| run | CPUs | articles | rounds | median s | articles/s (median) | articles/s "
                + "(min–max) | setup s (not timed) | heap per executor | peak heap used |\n"
                + "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (Row r : rows) {
            s.append(String.format(Locale.ROOT, "| %s | %s | %s | %d | %.1f | %.2f | %.2f–%.2f | %.1f | %s | %s |%n",
                    r.mode(), r.cpus(), r.articles(), r.runs().size(), r.medianSeconds(), r.medianRate(), r.minRate(),
                    r.maxRate(), r.medianSetup(), r.heapLimit() == null ? "–" : r.heapLimit(), megabytes(r.peakHeap())));
        }
        Map<String, Row> byMode = new LinkedHashMap<>();
        rows.forEach(r -> byMode.put(r.mode(), r));
        List<String> scaling = new ArrayList<>();
        ratio(byMode, LOCAL_2, LOCAL_1, "local[2]/local[1]", scaling);
        ratio(byMode, CLUSTER_2, CLUSTER_1, "2 workers/1 worker", scaling);
        if (!scaling.isEmpty()) {
            s.append("\nscaling from one core to two (median articles/s; aim >= 1.70x): ")
                    .append(String.join("; ", scaling)).append('\n');
        }
        List<String> machine = new ArrayList<>();
        ratio(byMode, SINGLE_2, SINGLE, "2 threads/1 thread", machine);
        if (!machine.isEmpty()) {
            s.append("the machine's own scaling, the single machine from one thread to two: ").append(machine.get(0)).append('\n');
        }
        if (probe != null) {
            s.append(probe.line());
        }
        List<String> overhead = new ArrayList<>();
        overhead(byMode, SINGLE, LOCAL_1, "local[1]", overhead);
        if (byMode.containsKey(SINGLE_BESIDE)) {
            overhead(byMode, SINGLE_BESIDE, CLUSTER_1, "1 worker (against the single machine's runs between its rounds)", overhead);
        } else {
            overhead(byMode, SINGLE, CLUSTER_1, "1 worker", overhead);
        }
        if (!overhead.isEmpty()) {
            s.append("overhead of Spark on one core against the single machine (median; aim <= 15%): ")
                    .append(String.join("; ", overhead)).append('\n');
        }
        s.append("memory: heap per executor is the executor JVM's maximum heap (spark.executor.memory on a cluster; in "
                + "local[n] and on the single machine the one JVM, driver and executor at once, so its -Xmx); peak heap "
                + "used is Spark's JVMHeapMemory executor metric (live objects and uncollected garbage), the highest of "
                + "any executor over the rounds.\n");
        return s.toString();
    }

    private static void ratio(Map<String, Row> rows, String two, String one, String label, List<String> out) {
        Row a = rows.get(two);
        Row b = rows.get(one);
        if (a != null && b != null && b.medianRate() > 0) {
            out.add(String.format(Locale.ROOT, "%s %.2fx%s", label, a.medianRate() / b.medianRate(),
                    byRound(a, b, (x, y) -> x / y, "%.2fx")));
        }
    }

    private static void overhead(Map<String, Row> rows, String against, String mode, String label, List<String> out) {
        Row single = rows.get(against);
        Row r = rows.get(mode);
        if (single != null && r != null && r.medianRate() > 0) {
            out.add(String.format(Locale.ROOT, "%s %+.0f%% time%s", label, unsigned((single.medianRate() / r.medianRate() - 1) * 100),
                    byRound(single, r, (x, y) -> (x / y - 1) * 100, "%+.0f%%")));
        }
    }

    /**
     * " (round by round: median M, range A to B)" of {@code f} over the rates of {@code a} and {@code b} in the same
     * round (the i-th run of each), or "" when there is only one round or a rate is 0.
     */
    private static String byRound(Row a, Row b, java.util.function.DoubleBinaryOperator f, String format) {
        int n = Math.min(a.runs().size(), b.runs().size());
        if (n < 2) {
            return "";
        }
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            double x = a.runs().get(i).rate();
            double y = b.runs().get(i).rate();
            if (x <= 0 || y <= 0) {
                return "";
            }
            v[i] = f.applyAsDouble(x, y);
        }
        double[] sorted = v.clone();
        java.util.Arrays.sort(sorted);
        return String.format(Locale.ROOT, " (round by round: median " + format + ", range " + format + " to " + format + ")",
                unsigned(median(v)), unsigned(sorted[0]), unsigned(sorted[n - 1]));
    }

    /** {@code x}, or 0 when it is 0 but for rounding, so that it does not print as "-0". */
    private static double unsigned(double x) {
        return Math.abs(x) < 1e-9 ? 0 : x;
    }

    private static String megabytes(long bytes) {
        return bytes < 0 ? "–" : String.format(Locale.ROOT, "%.0f MB", bytes / MB);
    }

    /** The median of {@code values} (the mean of the two middle ones for an even count); 0 for none. */
    static double median(double[] values) {
        if (values.length == 0) {
            return 0;
        }
        double[] v = values.clone();
        java.util.Arrays.sort(v);
        int m = v.length / 2;
        return v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
    }
}
