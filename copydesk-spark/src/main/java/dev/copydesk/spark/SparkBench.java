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
 * two one-core workers, and on each {@code --master}; every configuration {@code --rounds} times. Each local
 * configuration runs in a JVM of its own ({@link BenchChild}, {@link BenchRunner}), warmed up on its own, and their
 * rounds interleave, the configurations a figure compares one right after the other ({@link BenchRunner#ROUND_ORDER}); a cluster configuration's rounds run back to back in one session, its executors warmed once, the
 * single machine's one-thread runner between the 1-worker rounds. A {@link MachineProbe} runs first.
 * "One core" is one CPU where the runs can be pinned ({@link CpuPinning}); prints {@link BenchReport}'s table and
 * figures. Only parses, starts the runners and the cluster, runs {@link SparkBenchmark} and formats. Exit codes:
 * 0 ran, 1 a run failed, 2 usage error.
 */
@Command(name = "copydesk spark bench",
        description = {"Time the same input on one machine (1 analysis thread, and 2 for the machine's own scaling), on Spark local[1] and local[2], on a "
                + "standalone cluster started on this machine (127.0.0.1) with one and with two one-core workers, and on each "
                + "--master; every configuration --rounds times. Each local configuration runs in a JVM of its own, warmed up "
                + "on its own until its JIT compiler settles, and their rounds interleave (the two sides of each figure back to back, "
                + "every other round in reverse order); a cluster's rounds run back to back, its "
                + "executors warmed up once until their JIT compilers settle, and the single machine on one thread runs again "
                + "between the 1-worker cluster's rounds, the other side of that overhead. First, a probe with no Copydesk code "
                + "measures what a second thread gains on this machine (busy arithmetic; random reads from 1, 4, 16 and 64 MB per "
                + "thread): the ceiling of any scaling here. Every run reads, analyses, links and writes its output "
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

    @Option(names = "--rounds", defaultValue = "5", paramLabel = "N",
            description = "Time every configuration N times, interleaved; a cluster's N back to back (default: ${DEFAULT-VALUE}: "
                    + "on a shared machine one run's time can be a third off).")
    int rounds;

    @Option(names = "--warm-up-rounds", defaultValue = "2", paramLabel = "N",
            description = "Untimed runs of each configuration (each local JVM, each cluster's executors, each --master) over the whole "
                    + "input before the timed ones, at least; a local JVM or a cluster runs up to " + WarmUp.MORE_RUNS + " more until its "
                    + "JIT compilers have settled and two runs in a row take about the same time: the compiler goes on recompiling "
                    + "the hot code for minutes (default: ${DEFAULT-VALUE}).")
    int warmUpRounds;

    @Option(names = "--limit", paramLabel = "N", description = "Take only the first N input files (in the order ingest reads them).")
    Integer limit;

    @Option(names = "--no-cluster", description = "Skip the standalone cluster (its rows need the packaged module: ./copydesk spark builds it).")
    boolean noCluster;

    @Option(names = "--no-pin", description = "Do not pin runs to CPUs. By default (where taskset exists) the single machine "
            + "and local[1] run on CPU 0 alone, local[2] on all CPUs, and each cluster worker, executors included, on a CPU of its own.")
    boolean noPin;

    @Option(names = "--executor-memory", defaultValue = "3g", paramLabel = "SIZE",
            description = "spark.executor.memory of the cluster's executors (default: ${DEFAULT-VALUE}, the heap the README's bench "
                    + "command gives the single machine: an executor holds the language models, some 500 MB, and with 1200m the "
                    + "analysis ran about 30%% slower).")
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
        java.util.function.Consumer<String> stepLine = line -> {
            if (steps) {
                synchronized (err) {
                    err.println("copydesk:   " + line);
                    err.flush();
                }
            }
        };
        SparkBenchmark bench = new SparkBenchmark(taken, AnalysisConfig.defaults().withCleanMode(mode), stepLine, warmUpRounds);
        Path work = Files.createTempDirectory("copydesk-bench");
        boolean pin = !noPin && CpuPinning.available();
        String one = pin ? "0" : null;
        String all = pin ? CpuPinning.all() : null;
        List<SparkBenchmark.Setup> setups = new ArrayList<>();
        List<SparkBenchmark.Run> runs = new ArrayList<>();
        StandaloneCluster cluster = null;
        List<BenchChild> children = new ArrayList<>();
        MachineProbe.Result probe;
        try {
            err.println("copydesk: probing what a second thread gains on this machine, with no Copydesk code (about 20 s)...");
            err.flush();
            probe = MachineProbe.measure(rounds);
            // Each local configuration in a JVM of its own, warmed up one after the other (they would share the CPUs).
            for (String kind : BenchRunner.KINDS) {
                String pinned = kind.endsWith("-1") ? one : all;
                err.println("copydesk: " + kind + ": starting its own JVM and warming it up: the whole input at least "
                        + warmUpRounds + " time" + (warmUpRounds == 1 ? "" : "s") + ", more until two runs in a row are alike (not timed)...");
                err.flush();
                BenchChild child = BenchChild.start(kind, pinned, mode, warmUpRounds, steps, taken, work, stepLine, err);
                children.add(child);
                int warmed = child.awaitReady();
                err.println("copydesk: " + kind + ": ready after " + warmed + " untimed run" + (warmed == 1 ? "" : "s"));
                err.flush();
            }
            if (warmUpRounds > 0) {
                // The first runners waited minutes while the others warmed up, and a JVM's first run after a long wait
                // was seen to be slow: one more round, untimed, with the same short waits as the timed ones.
                err.println("copydesk: one untimed round of every local configuration (the runners waited while the others warmed up)...");
                err.flush();
                for (BenchChild child : children) {
                    child.run();
                }
            }
            for (String m : masters) {
                setups.add(new SparkBenchmark.Setup("spark " + m, m, 0, null, null, Map.of("spark.executor.memory", executorMemory)));
            }
            for (int round = 1; round <= warmUpRounds && !masters.isEmpty(); round++) {
                err.println("copydesk: warm-up round " + round + " of " + warmUpRounds + " on each --master (not timed)...");
                err.flush();
                mastersRound(bench, setups, work, "w" + round, run -> { });
            }
            for (int round = 1; round <= rounds; round++) {
                int r = round;
                // The pairs a figure compares run back to back; the table keeps the configurations' own order.
                Map<String, SparkBenchmark.Run> done = new java.util.HashMap<>();
                for (String kind : BenchRunner.roundOrder(round)) {
                    done.put(kind, report(err, round, children.get(BenchRunner.KINDS.indexOf(kind)).run()));
                }
                BenchRunner.KINDS.forEach(kind -> runs.add(done.get(kind)));
                mastersRound(bench, setups, work, "r" + round, run -> runs.add(report(err, r, run)));
            }
            // The single machine on one thread stays, to run between the 1-worker cluster's rounds.
            BenchChild single = children.get(BenchRunner.KINDS.indexOf("single-1"));
            for (BenchChild child : children) {
                if (parts == null || child != single) {
                    child.close();
                }
            }
            children.removeIf(child -> parts == null || child != single);
            if (parts != null) {
                err.println("copydesk: starting a standalone cluster on 127.0.0.1 with two one-core workers (not timed)...");
                err.flush();
                long mb = JavaUtils.byteStringAsMb(executorMemory);
                cluster = StandaloneCluster.start(parts.lib(), parts.jvmOptions(), work.resolve("cluster"), 2, (mb + 256) + "m", pin);
                setups.add(clusterSetup(BenchReport.CLUSTER_1, cluster.masterUrl(), 1, parts, all));
                setups.add(clusterSetup(BenchReport.CLUSTER_2, cluster.masterUrl(), 2, parts, all));
            }
            // A cluster's executors are new JVMs that compile for minutes: each cluster configuration warms its
            // executors once and runs its rounds back to back in that session.
            for (int i = 0; i < setups.size(); i++) {
                SparkBenchmark.Setup setup = setups.get(i);
                if (setup.executors() > 0) {
                    err.println("copydesk: " + setup.mode() + ": starting executors and warming them up (the whole input at least "
                            + warmUpRounds + " time" + (warmUpRounds == 1 ? "" : "s") + ", more until two runs in a row are alike; not timed)...");
                    err.flush();
                    List<String> outs = new ArrayList<>();
                    for (int round = 1; round <= rounds; round++) {
                        outs.add(work.resolve("r" + round + "-" + i).toString());
                    }
                    List<SparkBenchmark.Run> done = bench.spark(setup, outs, !setup.mode().equals(BenchReport.CLUSTER_1) ? index -> { }
                            : index -> runs.add(report(err, index + 1, beside(single, index))));
                    for (int round = 1; round <= done.size(); round++) {
                        runs.add(report(err, round, done.get(round - 1)));
                        delete(Path.of(outs.get(round - 1)));
                    }
                }
            }
        } finally {
            for (BenchChild child : children) {
                child.close();
            }
            if (cluster != null) {
                cluster.close();
            }
            delete(work);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(BenchReport.format(runs, probe));
        out.flush();
        return 0;
    }

    /**
     * The single machine's run on one thread between the 1-worker cluster's runs ({@link BenchReport#SINGLE_BESIDE}):
     * the two sides of that overhead then run as close together as the local pairs. Before the first, one untimed
     * run: the runner has waited idle while the cluster started and warmed up.
     */
    private static SparkBenchmark.Run beside(BenchChild single, int index) {
        if (index == 0) {
            single.run();
        }
        SparkBenchmark.Run r = single.run();
        return new SparkBenchmark.Run(BenchReport.SINGLE_BESIDE, r.cpus(), r.articles(), r.seconds(), r.setupSeconds(), r.heapLimit(),
                r.peakHeap());
    }

    /** One run on each {@code --master} (the setups without executors to warm), into scratch directories under {@code work}, deleted after. */
    private static void mastersRound(SparkBenchmark bench, List<SparkBenchmark.Setup> setups, Path work, String name,
                                     java.util.function.Consumer<SparkBenchmark.Run> done) {
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
        InputListing.Listing listing = InputListing.list(args, LocalFiles.apply(new Configuration()));
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

    /** Deletes {@code dir} and all it holds, when it exists. */
    static void delete(Path dir) {
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
