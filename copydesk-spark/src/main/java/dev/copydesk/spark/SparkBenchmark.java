package dev.copydesk.spark;

import dev.copydesk.ingest.InputError;
import dev.copydesk.ingest.InputSink;
import dev.copydesk.ingest.Inputs;
import dev.copydesk.ingest.RawInput;
import dev.copydesk.link.LinkInput;
import dev.copydesk.link.Linker;
import dev.copydesk.pipeline.AnalysisConfig;
import dev.copydesk.pipeline.ArticleAnalyzer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.SparkSession;

/**
 * Times the same input through the single-machine path and through the {@link SparkJob}, in this JVM.
 * Each run reads, cleans, analyses and links everything; the Spark runs include starting and stopping
 * their session and writing their output. The language models and Spark's classes are loaded once, before
 * any run ({@link #warmUp}), and the models are shared by every run (Spark's local executors live in this JVM),
 * so no run pays for them. Not thread-safe: one run at a time, and no other Spark session may be active in the JVM.
 */
final class SparkBenchmark {
    /** One timed run: how many articles it linked in how many seconds. */
    record Run(String mode, int articles, double seconds) {
        /** Articles per second. */
        double rate() {
            return seconds <= 0 ? 0 : articles / seconds;
        }
    }

    private final List<String> inputs;
    private final AnalysisConfig config;

    SparkBenchmark(List<String> inputs, AnalysisConfig config) {
        this.inputs = List.copyOf(Objects.requireNonNull(inputs, "inputs"));
        this.config = Objects.requireNonNull(config, "config");
    }

    private static final String WARM_UP = "Warm-up\n\nMaria Petrova said on Monday that the city of Varna would "
            + "spend 2 million euros on repairs.\n";

    /**
     * Outside any timing: loads the language models and runs them once over a short text, then runs the job once
     * on {@code local[1]} over that text (written under {@code work}), so the first timed Spark run does not pay
     * for loading Spark's classes.
     */
    void warmUp(Path work) throws IOException {
        ExecutorAnalyzers.get(config).process(RawInput.text("warm-up", WARM_UP));
        Path input = Files.writeString(work.resolve("warm-up.txt"), WARM_UP);
        new SparkBenchmark(List.of(input.toString()), config).spark("local[1]", work.resolve("warm-up").toString());
    }

    /** Reads, analyses (one thread, input order) and links the input as {@code copydesk stories --threads 1}. */
    Run singleMachine() {
        long started = System.nanoTime();
        ArticleAnalyzer analyzer = ExecutorAnalyzers.get(config);
        List<LinkInput> linkInputs = new ArrayList<>();
        Inputs.withDefaults().read(inputs, new ByteArrayInputStream(new byte[0]), new InputSink() {
            @Override
            public void accept(RawInput input) {
                try {
                    linkInputs.add(LinkInput.of(analyzer.process(input)));
                } catch (RuntimeException e) {
                    // An input the job would turn into an error row: not an article, not counted.
                }
            }

            @Override
            public void error(InputError error) {
            }
        });
        Linker linker = Linker.forBatch(linkInputs);
        linker.addAll(linkInputs);
        int linked = linker.finish().articles().size();
        return new Run("single machine, 1 thread", linked, seconds(started));
    }

    /** Runs the job on {@code master} into {@code out} (which must not hold an earlier run's output). */
    Run spark(String master, String out) {
        long started = System.nanoTime();
        SparkSession spark = SparkSession.builder().appName("copydesk-bench").master(master)
                .config("spark.ui.enabled", "false")
                .config("spark.executor.extraJavaOptions", "-Xss8m")
                .getOrCreate();
        SparkJobReport report;
        try {
            report = new SparkJob(spark).run(SparkJobConfig.of(inputs, out).withAnalysis(config).withJsonl(true));
        } finally {
            spark.stop();
        }
        return new Run("spark " + master, report.articles(), seconds(started));
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }
}
