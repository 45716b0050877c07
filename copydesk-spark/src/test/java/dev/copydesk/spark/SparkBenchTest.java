package dev.copydesk.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code copydesk spark bench}: every run links the same articles, and the table's figures follow from the runs. */
class SparkBenchTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = SparkBench.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private List<String> rows() {
        return out.toString().lines().filter(l -> l.startsWith("| ") && !l.startsWith("| run") && !l.startsWith("| ---")).toList();
    }

    @Test
    void everyRoundOfEveryRunLinksTheSameArticlesOfTheFirstFiles() throws IOException {
        Path corpus = Corpus.write(dir.resolve("corpus"));
        // --limit 2: a.txt and b.html, one article each, of the corpus's five articles.
        assertEquals(0, run(corpus.toString(), "--no-cluster", "--rounds", "2", "--warm-up-rounds", "1", "--limit", "2"), err.toString());
        List<String> rows = rows();
        assertEquals(4, rows.size(), out.toString());
        assertTrue(rows.get(0).startsWith("| single machine, 1 thread | ") && rows.get(0).contains(" | 2 | 2 | "), rows.get(0));
        assertTrue(rows.get(1).startsWith("| single machine, 2 threads | ") && rows.get(1).contains(" | 2 | 2 | "), rows.get(1));
        assertTrue(rows.get(2).startsWith("| spark local[1] | ") && rows.get(2).contains(" | 2 | 2 | "), rows.get(2));
        assertTrue(rows.get(3).startsWith("| spark local[2] | ") && rows.get(3).contains(" | 2 | 2 | "), rows.get(3));
        assertTrue(rows.get(2).endsWith(" MB |") && rows.get(2).contains("(driver -Xmx)"), "local runs measure the driver's heap: " + rows.get(2));
        assertTrue(out.toString().contains("from one thread to two: 2 threads/1 thread "), out.toString());
        assertTrue(out.toString().contains("local[2]/local[1] "), out.toString());
        assertTrue(out.toString().contains("against the single machine (median; aim <= 15%): local[1] "), out.toString());
        assertTrue(out.toString().contains("the machine's ceiling, probes without Copydesk from one thread to two (median of 2 rounds): busy arithmetic "),
                out.toString());
        assertTrue(err.toString().contains("copydesk: probing what a second thread gains on this machine"), err.toString());
        List<String> timed = err.toString().lines().filter(l -> l.startsWith("copydesk: round ")).toList();
        assertEquals(8, timed.size(), err.toString());
        // Round 1 from the single machine with two threads to local[2]; round 2 backwards.
        assertTrue(timed.get(0).startsWith("copydesk: round 1, single machine, 2 threads: "), timed.toString());
        assertTrue(timed.get(3).startsWith("copydesk: round 1, spark local[2]: "), timed.toString());
        assertTrue(timed.get(4).startsWith("copydesk: round 2, spark local[2]: "), timed.toString());
        assertTrue(timed.get(7).startsWith("copydesk: round 2, single machine, 2 threads: "), timed.toString());
        for (String kind : BenchRunner.KINDS) {
            assertTrue(err.toString().contains("copydesk: " + kind + ": starting its own JVM and warming it up"), err.toString());
            assertTrue(err.toString().lines().anyMatch(l -> l.matches("copydesk: " + java.util.regex.Pattern.quote(kind) + ": ready after [1-4] untimed runs?")),
                    "each runner warms up at least once, at most 1 + " + WarmUp.MORE_RUNS + " times: " + err);
        }
    }

    @Test
    void theHelpRendersEveryOptionsText() {
        java.io.PrintStream before = System.err;
        java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
        String help;
        System.setErr(new java.io.PrintStream(warnings, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            help = SparkBench.commandLine().getUsageMessage(CommandLine.Help.Ansi.OFF);
        } finally {
            System.setErr(before);
        }
        assertEquals("", warnings.toString(java.nio.charset.StandardCharsets.UTF_8), "picocli formats every text");
        assertTrue(help.contains("about 30% slower"), help);
        assertTrue(help.contains("default: 3g"), help);
        assertTrue(help.contains("default: 5"), help);
        assertTrue(help.replaceAll("\\s+", " ").contains("First, a probe with no Copydesk code measures what a second thread gains"), help);
        assertTrue(!help.contains("%%") && !help.contains("%n"), help);
    }

    @Test
    void eachRoundRunsTheSidesOfEveryFigureBackToBackAndEveryOtherRoundBackwards() {
        String[][] pairs = {{"single-1", "single-2"}, {"single-1", "local-1"}, {"local-1", "local-2"}};
        for (int round = 1; round <= 4; round++) {
            List<String> order = BenchRunner.roundOrder(round);
            assertEquals(BenchRunner.KINDS.size(), order.size());
            assertTrue(order.containsAll(BenchRunner.KINDS), order.toString());
            for (String[] pair : pairs) {
                assertEquals(1, Math.abs(order.indexOf(pair[0]) - order.indexOf(pair[1])), round + ": " + order);
            }
            assertEquals(BenchRunner.roundOrder(round + 1), order.reversed());
        }
    }

    @Test
    void theTableComputesMediansScalingAndOverheadFromTheRuns() {
        List<SparkBenchmark.Run> runs = new ArrayList<>();
        double[][] seconds = {{5, 4, 6}, {10, 5, 6}, {3, 3.5, 2.5}, {8, 10, 4}, {4, 5, 5}};
        String[] modes = {BenchReport.SINGLE, BenchReport.LOCAL_1, BenchReport.LOCAL_2, BenchReport.CLUSTER_1, BenchReport.CLUSTER_2};
        for (int round = 0; round < 3; round++) {
            for (int m = 0; m < modes.length; m++) {
                boolean cluster = m >= 3;
                runs.add(new SparkBenchmark.Run(modes[m], cluster ? "driver 0-1" : null, 10, seconds[m][round], cluster ? 6 + round : 1,
                        cluster ? "spark.executor.memory=1200m" : null, cluster ? (300L + round * 100) << 20 : -1));
            }
        }
        String table = BenchReport.format(runs);
        // single: rates 2, 2.5, 1.67 -> median 2.00; local[1]: 1, 2, 1.67 -> 1.67
        assertTrue(table.contains("| single machine, 1 thread | not pinned | 10 | 3 | 5.0 | 2.00 | 1.67–2.50 | 1.0 | – | – |"), table);
        assertTrue(table.contains("| spark local[1] | not pinned | 10 | 3 | 6.0 | 1.67 | 1.00–2.00 |"), table);
        assertTrue(table.contains("| standalone, 1 worker x 1 core | driver 0-1 | 10 | 3 | 8.0 | 1.25 | 1.00–2.50 | 7.0 | "
                + "spark.executor.memory=1200m | 500 MB |"), table);
        // local[2] median 3.33 / local[1] 1.67 = 2.00; round by round 3.33/1, 2.86/2, 4/1.67: 3.33, 1.43, 2.40.
        // Cluster 2 median 2.00 / 1.25 = 1.60; round by round 2.5/1.25, 2/1, 2/2.5: 2.00, 2.00, 0.80.
        assertTrue(table.contains("aim >= 1.70x): local[2]/local[1] 2.00x (round by round: median 2.40x, range 1.43x to 3.33x); "
                + "2 workers/1 worker 1.60x (round by round: median 2.00x, range 0.80x to 2.00x)"), table);
        // single 2.00 against local[1] 1.67: +20% time; round by round 2/1, 2.5/2, 1.67/1.67: +100%, +25%, +0%.
        // Against the cluster's 1.25: +60%; round by round 2/1.25, 2.5/1, 1.67/2.5: +60%, +150%, -33%.
        assertTrue(table.contains("aim <= 15%): local[1] +20% time (round by round: median +25%, range +0% to +100%); "
                + "1 worker +60% time (round by round: median +60%, range -33% to +150%)"), table);
    }

    @Test
    void theOneWorkersOverheadIsAgainstTheSingleMachinesRunsBetweenItsRoundsWhenThereAreSome() {
        List<SparkBenchmark.Run> runs = new ArrayList<>();
        double[][] seconds = {{5, 5}, {4, 4}, {6, 4}};
        String[] modes = {BenchReport.SINGLE, BenchReport.SINGLE_BESIDE, BenchReport.CLUSTER_1};
        for (int round = 0; round < 2; round++) {
            for (int m = 0; m < modes.length; m++) {
                runs.add(new SparkBenchmark.Run(modes[m], 12, seconds[m][round]));
            }
        }
        MachineProbe.Result probe = new MachineProbe.Result(List.of(new MachineProbe.Probe("busy arithmetic", 1.9)), 2);
        String table = BenchReport.format(runs, probe);
        assertTrue(table.contains("| single machine, 1 thread, between the 1-worker rounds | not pinned | 12 | 2 | 4.0 | 3.00 |"), table);
        // Against 3.00/s beside it: 2.00/s then 3.00/s, +50% and +0%; median of the rates 2.50: +20%.
        assertTrue(table.contains("1 worker (against the single machine's runs between its rounds) +20% time (round by round: "
                + "median +25%, range +0% to +50%)"), table);
        assertTrue(table.contains("the machine's ceiling, probes without Copydesk from one thread to two (median of 2 rounds): busy arithmetic 1.90x\n"), table);
        String without = BenchReport.format(runs.stream().filter(r -> !r.mode().equals(BenchReport.SINGLE_BESIDE)).toList());
        // Without them, against the single machine's 2.40/s: -4%; round by round 2.4/2 and 2.4/3, +20% and -20%.
        assertTrue(without.contains("aim <= 15%): 1 worker -4% time (round by round: median +0%, range -20% to +20%)\n"), without);
        assertTrue(!without.contains("ceiling"), without);
    }

    @Test
    void figuresNeedBothSidesOfTheComparison() {
        String table = BenchReport.format(List.of(new SparkBenchmark.Run(BenchReport.SINGLE, 4, 2.0),
                new SparkBenchmark.Run(BenchReport.LOCAL_2, 4, 1.0)));
        assertTrue(table.contains("| spark local[2] | not pinned | 4 | 1 | 1.0 | 4.00 | 4.00–4.00 |"), table);
        assertTrue(!table.contains("scaling") && !table.contains("overhead"), table);
    }

    @Test
    void aRunnersRunCrossesThePipeUnchanged() {
        SparkBenchmark.Run cluster = new SparkBenchmark.Run(BenchReport.LOCAL_2, "CPUs 0-1", 840, 19.75, 0.25, "3072 MB (driver -Xmx)", 2_210L << 20);
        assertEquals(cluster, BenchRunner.decode(List.of(BenchRunner.encode(cluster))));
        SparkBenchmark.Run bare = new SparkBenchmark.Run(BenchReport.SINGLE, 5, 1.5);
        assertEquals(bare, BenchRunner.decode(List.of(BenchRunner.encode(bare))));
        assertThrows(IllegalArgumentException.class, () -> BenchRunner.decode(List.of("a", "b")));
    }

    @Test
    void aRunnerTakesTheJvmOptionsButNoAgentOrRecording() {
        List<String> kept = BenchChild.jvmOptions(List.of("-Xss8m", "-Xmx3g", "--add-opens=java.base/java.nio=ALL-UNNAMED",
                "-XX:StartFlightRecording=filename=rec.jfr", "-agentlib:jdwp=transport=dt_socket", "-javaagent:jacoco.jar",
                "-Djava.class.path=x.jar", "-Dfile.encoding=UTF-8"));
        assertEquals(List.of("-Xss8m", "-Xmx3g", "--add-opens=java.base/java.nio=ALL-UNNAMED", "-Dfile.encoding=UTF-8"), kept);
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertEquals(2.5, BenchReport.median(new double[] {4, 1, 2, 3}));
        assertEquals(3.0, BenchReport.median(new double[] {5, 3, 1}));
    }

    @Test
    void aClusterWithoutThePackagedModuleFailsNamingWhatIsMissing() throws IOException {
        Files.createDirectories(dir.resolve("module/target/lib"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> StandaloneCluster.Parts.of(dir.resolve("module")));
        assertTrue(e.getMessage().contains("copydesk-spark-job.jar") && e.getMessage().contains("jvm.options")
                && !e.getMessage().contains("target/lib"), e.getMessage());
    }

    @Test
    void badRoundsAndNoInputAreUsageErrors() {
        assertEquals(2, run("--rounds", "0", "--no-cluster", "x"));
        assertTrue(err.toString().contains("--rounds must be at least 1, was 0"), err.toString());
        assertEquals(2, run("--warm-up-rounds", "-1", "--no-cluster", "x"));
        assertTrue(err.toString().contains("--warm-up-rounds must be at least 0, was -1"), err.toString());
        assertEquals(2, run());
        assertTrue(err.toString().contains("Missing required parameter: 'INPUT'"), err.toString());
    }
}
