package dev.copydesk.spark;

import dev.copydesk.pipeline.AnalysisConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Times the same input through the single-machine path and through the {@link SparkJob}, the driver in
 * this JVM. Each run reads, cleans, analyses and links everything and writes its output: the single machine
 * the JSON Lines of {@code copydesk analyze} and {@code copydesk stories}, a Spark run its Parquet.
 * What is not timed: for each Spark run, starting its session and, on a cluster, waiting for its executors and
 * running the job over the whole input until they are warm ({@link WarmUp}; reported as the run's setup);
 * the caller warms up the JVM of a local run ({@link BenchRunner}). So every run measures articles per second of
 * warmed-up code. A run can pin this JVM to some CPUs ({@link CpuPinning}): "one core" is then one
 * CPU for everything the JVM does. Not thread-safe: one run at a time, and no other
 * Spark session may be active in the JVM.
 */
final class SparkBenchmark {
    /**
     * One timed run.
     *
     * @param mode         the configuration
     * @param cpus         which CPUs it ran on, as said in the table, or {@code null} when not pinned
     * @param articles     articles linked
     * @param seconds      how long it took (timed)
     * @param setupSeconds the untimed setup before it (session, executors, their warm-up)
     * @param heapLimit    the maximum heap of one executor, as said in the table, or {@code null}
     * @param peakHeap     the highest heap in use of any executor, bytes, or -1 when not measured
     */
    record Run(String mode, String cpus, int articles, double seconds, double setupSeconds, String heapLimit, long peakHeap) {
        Run(String mode, int articles, double seconds) {
            this(mode, null, articles, seconds, 0, null, -1);
        }

        /** Articles per second. */
        double rate() {
            return seconds <= 0 ? 0 : articles / seconds;
        }
    }

    /**
     * A Spark configuration to time.
     *
     * @param mode      the row's name
     * @param master    the master URL
     * @param executors how many executors the run waits for and warms up before timing (0 in local mode,
     *                  where the driver's JVM is the executor and is already warm)
     * @param pin       the CPUs to pin this JVM (the driver) to for the run ({@link CpuPinning}), or {@code null}
     * @param cpus      which CPUs the run has, as the table says it, or {@code null}
     * @param conf      further Spark settings
     */
    record Setup(String mode, String master, int executors, String pin, String cpus, Map<String, String> conf) {
        Setup {
            conf = Map.copyOf(conf);
        }
    }

    /** How long the JVM rests before a timed run, after a collection. */
    static final long SETTLE_MILLIS = 2_000;
    /** How often executors report their metrics (the peak heap). */
    static final String METRICS_POLLING = "500ms";

    private final List<String> inputs;
    private final AnalysisConfig config;
    private final int executorWarmUps;
    private final java.util.function.Consumer<String> steps;

    /**
     * A benchmark that tells {@code steps} each step of every timed Spark run, with its time, and warms a cluster's
     * executors with {@code executorWarmUps} whole-input runs at least ({@link WarmUp}).
     */
    SparkBenchmark(List<String> inputs, AnalysisConfig config, java.util.function.Consumer<String> steps, int executorWarmUps) {
        this.inputs = List.copyOf(Objects.requireNonNull(inputs, "inputs"));
        this.config = Objects.requireNonNull(config, "config");
        this.steps = Objects.requireNonNull(steps, "steps");
        this.executorWarmUps = executorWarmUps;
    }

    /**
     * Reads, analyses ({@code threads} threads, input order) and links the input as {@code copydesk analyze} and
     * {@code copydesk stories} do, writing what they write into {@code out} ({@link SingleMachineRun}), this JVM
     * pinned to the CPUs {@code pin} for the run ({@code null}: not pinned).
     */
    Run singleMachine(int threads, String pin, Path out) {
        pin(pin);
        try {
            settle();
            long started = System.nanoTime();
            int linked = new SingleMachineRun(inputs, config).run(threads, out);
            return new Run(threads == 1 ? BenchReport.SINGLE : BenchReport.SINGLE_2, cpus(pin),
                    linked, seconds(started), 0, heap(Runtime.getRuntime().maxMemory()) + " (-Xmx)", -1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            unpin(pin);
        }
    }

    /**
     * Runs the job as {@code setup} says, once into each of {@code outs} (which must not hold an earlier run's
     * output), in one Spark session: on a cluster, its executors are warmed up once ({@link #warmExecutors}) and
     * stay warm for every run.
     */
    List<Run> spark(Setup setup, List<String> outs) {
        return spark(setup, outs, i -> { });
    }

    /**
     * As {@link #spark(Setup, List)}, and calls {@code beside} with each timed run's index (from 0) right before the
     * run (even indices) or right after it (odd ones), with the session idle: for a run of another configuration to
     * compare with, made as close in time, each side first in every other round.
     */
    List<Run> spark(Setup setup, List<String> outs, java.util.function.IntConsumer beside) {
        pin(setup.pin());
        try {
            return sparkRuns(setup, outs, beside);
        } finally {
            unpin(setup.pin());
        }
    }

    /** One run of the job as {@code setup} says into {@code out}, in a session of its own. */
    Run spark(Setup setup, String out) {
        return spark(setup, List.of(out)).get(0);
    }

    private List<Run> sparkRuns(Setup setup, List<String> outs, java.util.function.IntConsumer beside) {
        long begun = System.nanoTime();
        SparkConf conf = new SparkConf().setAppName("copydesk-bench").setMaster(setup.master())
                .set("spark.ui.enabled", "false")
                .set("spark.executor.metrics.pollingInterval", METRICS_POLLING);
        setup.conf().forEach(conf::set);
        SparkSession spark = SparkSession.builder().config(SessionDefaults.apply(conf)).getOrCreate();
        ExecutorPeaks peaks = new ExecutorPeaks();
        List<SparkJobReport> reports = new ArrayList<>();
        List<Double> seconds = new ArrayList<>();
        double setupSeconds;
        try {
            spark.sparkContext().addSparkListener(peaks);
            warmExecutors(spark, setup.executors(), outs.get(0));
            setupSeconds = seconds(begun);
            for (int i = 0; i < outs.size(); i++) {
                if (i % 2 == 0) {
                    beside.accept(i);
                }
                settle();
                long started = System.nanoTime();
                reports.add(new SparkJob(spark, line -> steps.accept(setup.mode() + ": " + line))
                        .run(SparkJobConfig.of(inputs, outs.get(i)).withAnalysis(config)));
                seconds.add(seconds(started));
                if (i % 2 == 1) {
                    beside.accept(i);
                }
            }
        } finally {
            spark.stop();
        }
        boolean local = setup.master().startsWith("local");
        String limit = local ? heap(Runtime.getRuntime().maxMemory()) + " (driver -Xmx)"
                : "spark.executor.memory=" + setup.conf().getOrDefault("spark.executor.memory", "1g");
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < outs.size(); i++) {
            runs.add(new Run(setup.mode(), setup.cpus(), reports.get(i).articles(), seconds.get(i), setupSeconds, limit,
                    peaks.highest()));
        }
        return runs;
    }

    /**
     * Waits until {@code count} executors have registered, then runs the job over the whole input until the
     * executors are warm ({@link WarmUp}: at least {@code executorWarmUps} times, into scratch directories beside
     * {@code out}, deleted after): the new executor JVMs load the models and compile for minutes, and a run on cold
     * code would measure the compiler.
     */
    private void warmExecutors(SparkSession spark, int count, String out) {
        if (count == 0 || executorWarmUps <= 0) {
            return;
        }
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (spark.sparkContext().statusTracker().getExecutorInfos().length < count + 1) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(String.format(Locale.ROOT, "%d executors did not start on %s within "
                        + "3 minutes", count, spark.sparkContext().master()));
            }
            sleep(200);
        }
        int[] n = {0};
        WarmUp.run(executorWarmUps, new JitWatch(() -> JitWatch.executors(spark, count)), count, () -> {
            String dir = out + "-warm-up-" + ++n[0];
            long started = System.nanoTime();
            new SparkJob(spark).run(SparkJobConfig.of(inputs, dir).withAnalysis(config));
            double seconds = seconds(started);
            delete(spark, dir);
            return seconds;
        });
    }

    /**
     * Before a timed run, untimed: collects the garbage the run before left and lets the JVM's background work
     * (concurrent marking, compilation, a stopped session's threads) finish, so that no run pays for the one
     * before it.
     */
    private static void settle() {
        System.gc();
        sleep(SETTLE_MILLIS);
    }

    private static void delete(SparkSession spark, String dir) {
        try {
            org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(dir);
            p.getFileSystem(spark.sparkContext().hadoopConfiguration()).delete(p, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The CPUs {@code pin} names, as the table says them ({@code CPU 0}, {@code CPUs 0-1}), or {@code null} when not pinned. */
    static String cpus(String pin) {
        return pin == null ? null : (pin.matches("\\d+") ? "CPU " : "CPUs ") + pin;
    }

    private static void pin(String cpus) {
        if (cpus != null) {
            CpuPinning.pin(cpus);
        }
    }

    private static void unpin(String cpus) {
        if (cpus != null) {
            CpuPinning.pin(CpuPinning.all());
        }
    }

    private static String heap(long bytes) {
        return String.format(Locale.ROOT, "%.0f MB", bytes / (1024.0 * 1024));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for executors", e);
        }
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }
}
