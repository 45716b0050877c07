package dev.copydesk.spark;

import dev.copydesk.clean.Cleaner;
import dev.copydesk.pipeline.AnalysisConfig;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One local configuration of {@code copydesk bench spark} in a JVM of its own ({@link BenchChild} starts it): the
 * single machine with one or two threads, or Spark {@code local[1]} or {@code local[2]}. In one shared JVM the
 * configurations spoil each other's JIT profiles (the same analysis code is reached through different callers),
 * and the compiler goes on recompiling the hottest methods in every timed run; here each JVM compiles for its own
 * configuration alone. It warms up untimed ({@link WarmUp}), says it is ready, then runs once for each line
 * {@code run} on standard input and says how long it took; it ends at the end of its input.
 *
 * <p>It speaks on standard output, one line per message, fields separated by tabs, each line starting with
 * {@link #PREFIX}: {@code step}, {@code ready}, {@code run} (a {@link SparkBenchmark.Run}) or {@code failed}. Any
 * other line there is not its own. Not thread-safe; one per JVM.
 */
final class BenchRunner {
    /** What starts each of the runner's own lines on standard output. */
    static final String PREFIX = "copydesk-bench";
    /** The configurations a runner takes, by name. */
    static final List<String> KINDS = List.of("single-1", "single-2", "local-1", "local-2");
    /**
     * The order of a round's runs: every two configurations a figure compares run one right after the other (the
     * machine's own scaling, Spark's overhead on one core, Spark's scaling), so a shared machine whose speed drifts
     * by a third within minutes moves both sides of a ratio alike. Every other round runs backwards
     * ({@link #roundOrder}), so that neither side of a pair always runs first.
     */
    static final List<String> ROUND_ORDER = List.of("single-2", "single-1", "local-1", "local-2");
    private final String kind;
    private final String pin;
    private final SparkBenchmark bench;
    private final PrintStream out;
    private final Path work;

    private BenchRunner(String kind, String pin, SparkBenchmark bench, PrintStream out, Path work) {
        this.kind = kind;
        this.pin = pin;
        this.bench = bench;
        this.out = out;
        this.work = work;
    }

    /**
     * {@code KIND PIN CLEAN WARM-UP-RUNS STEPS INPUT...}: the configuration ({@link #KINDS}), the CPUs to pin its runs
     * to ({@code -}: none), the cleaning mode, the fewest untimed runs, whether to report each run's steps, the input.
     */
    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        // The libraries write only to standard error: standard output is the runner's.
        System.setOut(System.err);
        if (args.length < 6 || !KINDS.contains(args[0])) {
            say(out, "failed", "usage: KIND PIN CLEAN WARM-UP-RUNS STEPS INPUT... (KIND: " + String.join(", ", KINDS) + ")");
            System.exit(2);
        }
        Path work = Files.createTempDirectory("copydesk-bench-" + args[0]);
        try {
            String pin = args[1].equals("-") ? null : args[1];
            AnalysisConfig config = AnalysisConfig.defaults().withCleanMode(Cleaner.Mode.valueOf(args[2].toUpperCase(Locale.ROOT)));
            boolean steps = Boolean.parseBoolean(args[4]);
            List<String> inputs = Arrays.asList(args).subList(5, args.length);
            SparkBenchmark bench = new SparkBenchmark(inputs, config, line -> {
                if (steps) {
                    say(out, "step", line);
                }
            }, 0);
            BenchRunner runner = new BenchRunner(args[0], pin, bench, out, work);
            long began = System.nanoTime();
            int warmUps = runner.warmUp(Integer.parseInt(args[3]));
            say(out, "ready", String.format(Locale.ROOT, "%.3f", (System.nanoTime() - began) / 1e9), String.valueOf(warmUps));
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            int n = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.equals("run")) {
                    say(out, "run", encode(runner.run("run-" + ++n)));
                }
            }
        } catch (RuntimeException | Error e) {
            say(out, "failed", e.toString());
            e.printStackTrace();
            System.exit(1);
        } finally {
            SparkBench.delete(work);
        }
        System.exit(0);
    }

    /** The configurations in the order round {@code round} (from 1) runs them: {@link #ROUND_ORDER}, backwards in even rounds. */
    static List<String> roundOrder(int round) {
        return round % 2 == 1 ? ROUND_ORDER : ROUND_ORDER.reversed();
    }

    /** Untimed runs over the whole input until the code is warm ({@link WarmUp}); returns how many ran. */
    int warmUp(int fewest) {
        int[] n = {0};
        return WarmUp.run(fewest, new JitWatch(JitWatch::thisJvm), 1, () -> run("warm-up-" + ++n[0]).seconds());
    }

    /** One run of this runner's configuration into a scratch directory {@code name}, deleted after. */
    SparkBenchmark.Run run(String name) {
        Path dir = work.resolve(name);
        try {
            return switch (kind) {
                case "single-1" -> bench.singleMachine(1, pin, dir);
                case "single-2" -> bench.singleMachine(2, pin, dir);
                case "local-1" -> bench.spark(new SparkBenchmark.Setup(BenchReport.LOCAL_1, "local[1]", 0, pin, SparkBenchmark.cpus(pin), Map.of()), dir.toString());
                case "local-2" -> bench.spark(new SparkBenchmark.Setup(BenchReport.LOCAL_2, "local[2]", 0, pin, SparkBenchmark.cpus(pin), Map.of()), dir.toString());
                default -> throw new IllegalStateException("no configuration " + kind);
            };
        } finally {
            SparkBench.delete(dir);
        }
    }

    /** A run as the fields of a {@code run} line ({@code -} for no value). */
    static String[] encode(SparkBenchmark.Run r) {
        return new String[] {r.mode(), r.cpus() == null ? "-" : r.cpus(), String.valueOf(r.articles()), String.valueOf(r.seconds()),
                String.valueOf(r.setupSeconds()), r.heapLimit() == null ? "-" : r.heapLimit(), String.valueOf(r.peakHeap())};
    }

    /** The run a {@code run} line's fields give. */
    static SparkBenchmark.Run decode(List<String> f) {
        if (f.size() != 7) {
            throw new IllegalArgumentException("a run has 7 fields, not " + f.size() + ": " + f);
        }
        return new SparkBenchmark.Run(f.get(0), f.get(1).equals("-") ? null : f.get(1), Integer.parseInt(f.get(2)),
                Double.parseDouble(f.get(3)), Double.parseDouble(f.get(4)), f.get(5).equals("-") ? null : f.get(5),
                Long.parseLong(f.get(6)));
    }

    /** Writes one of the runner's lines: the prefix, the type and the fields, tabs in them made spaces. */
    static void say(PrintStream out, String type, String... fields) {
        StringBuilder line = new StringBuilder(PREFIX).append('\t').append(type);
        for (String f : fields) {
            line.append('\t').append(f.replace('\t', ' ').replace('\n', ' ').replace('\r', ' '));
        }
        synchronized (out) {
            out.println(line);
            out.flush();
        }
    }
}
