package dev.copydesk.spark;

import dev.copydesk.clean.Cleaner;
import dev.copydesk.ingest.InputError;
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
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.network.util.JavaUtils;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code copydesk spark bench}: times the same input on one machine (one analysis thread, and two), on Spark
 * {@code local[1]} and {@code local[2]}, on a standalone cluster it starts on this machine with one and with
 * two one-core workers, and on each {@code --master}; every configuration {@code --rounds} times, the rounds
 * interleaved (a cluster configuration's rounds back to back in one session, its executors warmed once); "one core" is one CPU where the runs can be pinned ({@link CpuPinning}); prints {@link BenchReport}'s table and figures. Only parses, starts the cluster, runs
 * {@link SparkBenchmark} and formats. Exit codes: 0 ran, 1 a run failed, 2 usage error.
 */
@Command(name = "copydesk spark bench",
        description = {"Time the same input on one machine (1 analysis thread, and 2 for the machine's own scaling), on Spark local[1] and local[2], on a "
                + "standalone cluster started on this machine (127.0.0.1) with one and with two one-core workers, and on each "
                + "--master; every configuration --rounds times, interleaved (a cluster's rounds back to back, its executors "
                + "warmed up once until their JIT compilers settle). Every run reads, analyses, links and writes its output "
                + "(the single machine JSON Lines, as 'copydesk analyze' and 'copydesk stories'; Spark its Parquet). Loading the language models and Spark, "
                + "starting the cluster and each session's executors are not timed. Prints the median and range of "
                + "articles/s, the scaling from one core to two, the overhead of Spark on one core against the single "
                + "machine, and the memory per executor."},
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

    @Option(names = "--rounds", defaultValue = "3", paramLabel = "N",
            description = "Time every configuration N times, interleaved; a cluster's N back to back (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--warm-up-rounds", defaultValue = "1", paramLabel = "N",
            description = "Untimed rounds of every local configuration before the timed ones: the JIT compiler goes on "
                    + "recompiling the hot code for minutes (default: ${DEFAULT-VALUE}).")
    int warmUpRounds;

    @Option(names = "--limit", paramLabel = "N", description = "Take only the first N input files (in the order ingest reads them).")
    Integer limit;

    @Option(names = "--no-cluster", description = "Skip the standalone cluster (its rows need the packaged module: ./copydesk spark builds it).")
    boolean noCluster;

    @Option(names = "--no-pin", description = "Do not pin runs to CPUs. By default (where taskset exists) the single machine "
            + "and local[1] run on CPU 0 alone, local[2] on all CPUs, and each cluster worker, executors included, on a CPU of its own.")
    boolean noPin;

    @Option(names = "--executor-memory", defaultValue = "1200m", paramLabel = "SIZE",
            description = "spark.executor.memory of the cluster's executors (default: ${DEFAULT-VALUE}).")
    String executorMemory;

    @Option(names = "--steps", description = "Also print each step of every timed Spark run (listing, analysis batches, linking, writing) with its time.")
    boolean steps;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        validate();
        PrintWriter err = spec.commandLine().getErr();
        List<String> taken = limit == null ? inputs : firstFiles(inputs, limit);
        StandaloneCluster.Parts parts = noCluster ? null : StandaloneCluster.Parts.find();
        SparkBenchmark bench = new SparkBenchmark(taken, AnalysisConfig.defaults().withCleanMode(mode), line -> {
            if (steps) {
                err.println("copydesk:   " + line);
                err.flush();
            }
        });
        Path work = Files.createTempDirectory("copydesk-bench");
        boolean pin = !noPin && CpuPinning.available();
        String one = pin ? "0" : null;
        String all = pin ? CpuPinning.all() : null;
        List<SparkBenchmark.Setup> setups = new ArrayList<>(List.of(
                new SparkBenchmark.Setup(BenchReport.LOCAL_1, "local[1]", 0, one, pin ? "CPU 0" : null, Map.of()),
                new SparkBenchmark.Setup(BenchReport.LOCAL_2, "local[2]", 0, all, pin ? "CPUs " + all : null, Map.of())));
        List<SparkBenchmark.Run> runs = new ArrayList<>();
        StandaloneCluster cluster = null;
        try {
            if (parts != null) {
                err.println("copydesk: starting a standalone cluster on 127.0.0.1 with two one-core workers (not timed)...");
                err.flush();
                long mb = JavaUtils.byteStringAsMb(executorMemory);
                cluster = StandaloneCluster.start(parts.lib(), parts.jvmOptions(), work.resolve("cluster"), 2, (mb + 256) + "m", pin);
                setups.add(clusterSetup(BenchReport.CLUSTER_1, cluster.masterUrl(), 1, parts, all));
                setups.add(clusterSetup(BenchReport.CLUSTER_2, cluster.masterUrl(), 2, parts, all));
            }
            for (String m : masters) {
                setups.add(new SparkBenchmark.Setup("spark " + m, m, 0, null, null, Map.of("spark.executor.memory", executorMemory)));
            }
            err.println("copydesk: loading the language models and Spark, analysing the first files once (not timed)...");
            err.flush();
            bench.warmUp(work);
            for (int round = 1; round <= warmUpRounds; round++) {
                err.println("copydesk: warm-up round " + round + " of " + warmUpRounds + ": every local configuration once (not timed)...");
                err.flush();
                localRound(bench, setups, work, "w" + round, one, all, run -> { });
            }
            for (int round = 1; round <= rounds; round++) {
                int r = round;
                localRound(bench, setups, work, "r" + round, one, all, run -> runs.add(report(err, r, run)));
            }
            // A cluster's executors are new JVMs that compile for minutes: each cluster configuration warms its
            // executors once and runs its rounds back to back in that session.
            for (int i = 0; i < setups.size(); i++) {
                SparkBenchmark.Setup setup = setups.get(i);
                if (setup.executors() > 0) {
                    err.println("copydesk: " + setup.mode() + ": starting executors and warming them up (the whole input once, then until their JIT "
                            + "compilers settle; not timed)...");
                    err.flush();
                    List<String> outs = new ArrayList<>();
                    for (int round = 1; round <= rounds; round++) {
                        outs.add(work.resolve("r" + round + "-" + i).toString());
                    }
                    List<SparkBenchmark.Run> done = bench.spark(setup, outs);
                    for (int round = 1; round <= done.size(); round++) {
                        runs.add(report(err, round, done.get(round - 1)));
                        delete(Path.of(outs.get(round - 1)));
                    }
                }
            }
        } finally {
            if (cluster != null) {
                cluster.close();
            }
            delete(work);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(BenchReport.format(runs));
        out.flush();
        return 0;
    }

    /**
     * One round of the single machine (one thread on {@code one}, two on {@code all}) and of every local
     * configuration (no executors to warm), each into a scratch directory under {@code work} named after
     * {@code name}, deleted after; each run goes to {@code done} as it ends.
     */
    private static void localRound(SparkBenchmark bench, List<SparkBenchmark.Setup> setups, Path work, String name,
                                   String one, String all, java.util.function.Consumer<SparkBenchmark.Run> done) {
        for (int threads = 1; threads <= 2; threads++) {
            Path single = work.resolve(name + "-single-" + threads);
            done.accept(bench.singleMachine(threads, threads == 1 ? one : all, single));
            delete(single);
        }
        for (int i = 0; i < setups.size(); i++) {
            if (setups.get(i).executors() == 0) {
                Path out = work.resolve(name + "-" + i);
                done.accept(bench.spark(setups.get(i), out.toString()));
                delete(out);
            }
        }
    }

    private void validate() {
        if (rounds < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--rounds must be at least 1, was " + rounds);
        }
        if (warmUpRounds < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--warm-up-rounds must be at least 0, was " + warmUpRounds);
        }
        if (limit != null && limit < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1, was " + limit);
        }
        try {
            if (JavaUtils.byteStringAsMb(executorMemory) < 256) {
                throw new NumberFormatException("under 256 MB");
            }
        } catch (NumberFormatException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--executor-memory must be a size such as 1200m or 2g, at least 256m, was " + executorMemory);
        }
    }

    /**
     * A configuration on the cluster using {@code workers} of its one-core workers: the session may take that
     * many cores ({@code spark.cores.max}), one executor of one core on each worker; the other workers stay idle.
     */
    private SparkBenchmark.Setup clusterSetup(String mode, String master, int workers, StandaloneCluster.Parts parts,
                                              String driverCpus) {
        String cpus = driverCpus == null ? null : String.format(Locale.ROOT, "driver %s; %s on 1 CPU%s", driverCpus,
                workers == 1 ? "1 worker" : workers + " workers", workers == 1 ? "" : " each");
        return new SparkBenchmark.Setup(mode, master, workers, driverCpus, cpus, Map.of(
                "spark.cores.max", String.valueOf(workers), "spark.executor.cores", "1",
                "spark.executor.memory", executorMemory, "spark.jars", parts.jobJar().toAbsolutePath().toString(),
                "spark.driver.host", "127.0.0.1", "spark.driver.bindAddress", "127.0.0.1"));
    }

    /** The first {@code n} input files of {@code args}, listed as ingest reads them; a listing error is a usage error. */
    private List<String> firstFiles(List<String> args, int n) {
        InputListing.Listing listing = InputListing.list(args, new Configuration());
        if (!listing.errors().isEmpty()) {
            InputError e = listing.errors().get(0);
            throw new CommandLine.ParameterException(spec.commandLine(), e.source() + ": " + e.message());
        }
        return listing.files().stream().limit(n).map(InputFile::source).toList();
    }

    private static SparkBenchmark.Run report(PrintWriter err, int round, SparkBenchmark.Run run) {
        err.printf(Locale.ROOT, "copydesk: round %d, %s: %d articles in %.1f s (%.2f articles/s)%n", round, run.mode(),
                run.articles(), run.seconds(), run.rate());
        err.flush();
        return run;
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
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
