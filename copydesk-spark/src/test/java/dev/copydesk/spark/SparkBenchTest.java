package dev.copydesk.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
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

    @Test
    void everyRunLinksTheSameArticles() throws IOException {
        Path corpus = Corpus.write(dir.resolve("corpus"));
        assertEquals(0, run(corpus.toString()), err.toString());
        List<String> rows = out.toString().lines().filter(l -> l.startsWith("| ") && !l.startsWith("| run") && !l.startsWith("| ---")).toList();
        assertEquals(3, rows.size(), out.toString());
        assertTrue(rows.get(0).startsWith("| single machine, 1 thread | 5 |"), rows.get(0));
        assertTrue(rows.get(1).startsWith("| spark local[1] | 5 |"), rows.get(1));
        assertTrue(rows.get(2).startsWith("| spark local[2] | 5 |"), rows.get(2));
        assertTrue(out.toString().contains("scaling local[2]/local[1]: "), out.toString());
    }

    @Test
    void theTableComputesScalingAndOverheadFromTheRuns() {
        String table = SparkBench.table(List.of(new SparkBenchmark.Run("single machine, 1 thread", 10, 5.0),
                new SparkBenchmark.Run("spark local[1]", 10, 10.0), new SparkBenchmark.Run("spark local[2]", 10, 4.0)));
        assertTrue(table.contains("| single machine, 1 thread | 10 | 5.0 | 2.00 |"), table);
        assertTrue(table.contains("| spark local[2] | 10 | 4.0 | 2.50 |"), table);
        assertTrue(table.contains("scaling local[2]/local[1]: 2.50x; overhead of local[1] against the single machine: "
                + "+100% time"), table);
    }

    @Test
    void noInputIsAUsageError() {
        assertEquals(2, run());
        assertTrue(err.toString().startsWith("Missing required parameter: 'INPUT'"), err.toString());
    }
}
