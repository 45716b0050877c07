package dev.copydesk.spark;

import dev.copydesk.clean.Cleaner;
import dev.copydesk.pipeline.AnalysisConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code copydesk spark bench}: times the same input on one machine (one analysis thread) and on Spark
 * {@code local[1]} and {@code local[2]} (and any {@code --master} given), one run each, and prints a table
 * of articles per second with the scaling from one to two local cores and the overhead of Spark on one core
 * against the single machine. Only parses, runs {@link SparkBenchmark} and formats. Exit codes: 0 ran,
 * 1 a run failed, 2 usage error.
 */
@Command(name = "copydesk spark bench",
        description = {"Time the same input on one machine (1 analysis thread), on Spark local[1] and local[2] (and on "
                + "each --master), one run each, after loading the language models and Spark once (not timed); print articles/s, the "
                + "scaling local[2]/local[1] and the overhead of local[1] against the single machine."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the runs finished", "1:a run failed", "2:usage error"})
public final class SparkBench implements Callable<Integer> {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files and directories (read recursively).")
    List<String> inputs;

    @Option(names = "--master", paramLabel = "URL", description = "Also run on this Spark master (repeatable), e.g. spark://host:7077.")
    List<String> masters = new ArrayList<>();

    @Option(names = "--clean", defaultValue = "auto", paramLabel = "MODE",
            description = "auto: remove boilerplate; none: the input text is already clean (default: ${DEFAULT-VALUE}).")
    Cleaner.Mode mode;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        SparkBenchmark bench = new SparkBenchmark(inputs, AnalysisConfig.defaults().withCleanMode(mode));
        PrintWriter err = spec.commandLine().getErr();
        err.println("copydesk: loading the language models and Spark (not timed)...");
        err.flush();
        Path work = Files.createTempDirectory("copydesk-bench");
        List<SparkBenchmark.Run> runs = new ArrayList<>();
        try {
            bench.warmUp(work);
            runs.add(bench.singleMachine());
            runs.add(bench.spark("local[1]", work.resolve("local1").toString()));
            runs.add(bench.spark("local[2]", work.resolve("local2").toString()));
            for (int i = 0; i < masters.size(); i++) {
                runs.add(bench.spark(masters.get(i), work.resolve("master" + i).toString()));
            }
        } finally {
            delete(work);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(table(runs));
        out.flush();
        return 0;
    }

    /** The runs as a Markdown table, then the scaling and overhead of the first three (single, local[1], local[2]). */
    static String table(List<SparkBenchmark.Run> runs) {
        StringBuilder s = new StringBuilder("| run | articles | seconds | articles/s |\n| --- | ---: | ---: | ---: |\n");
        for (SparkBenchmark.Run r : runs) {
            s.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.2f |%n", r.mode(), r.articles(), r.seconds(), r.rate()));
        }
        if (runs.size() >= 3) {
            SparkBenchmark.Run single = runs.get(0);
            SparkBenchmark.Run one = runs.get(1);
            SparkBenchmark.Run two = runs.get(2);
            s.append(String.format(Locale.ROOT, "%nscaling local[2]/local[1]: %.2fx; overhead of local[1] against the "
                    + "single machine: %+.0f%% time%n", two.rate() / one.rate(), (one.seconds() / single.seconds() - 1) * 100));
        }
        return s.toString();
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The command line with Copydesk's exit-code conventions, as {@link CopydeskSparkJob#commandLine}. */
    public static CommandLine commandLine() {
        return CopydeskSparkJob.configure(new CommandLine(new SparkBench()));
    }
}
