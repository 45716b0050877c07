package dev.copydesk.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command's usage errors: exit code 2 and a message naming what is wrong, before any Spark starts. */
class CopydeskSparkJobTest {
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = CopydeskSparkJob.commandLine();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        return cl.execute(args);
    }

    @Test
    void missingOutputIsAUsageError() {
        assertEquals(2, run("corpus"));
        assertTrue(err.toString().startsWith("Missing required option: '--out=DIR'"), err.toString());
    }

    @Test
    void aBadBatchSizeIsNamed() {
        assertEquals(2, run("corpus", "--out", "out", "--batch-files", "0"));
        assertTrue(err.toString().startsWith("batchFiles must be at least 1, was 0"), err.toString());
    }

    @Test
    void anUnknownCleaningModeIsAUsageError() {
        assertEquals(2, run("corpus", "--out", "out", "--clean", "harsh"));
        assertTrue(err.toString().contains("--clean"), err.toString());
    }
}
