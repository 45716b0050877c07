package dev.copydesk.cli;

import static dev.copydesk.cli.EvalCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void help() {
        EvalCommandTest.Run r = run("bench", "extraction", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("Usage: copydesk bench extraction"), r.out());
        assertTrue(r.out().contains("--rounds=N"), r.out());
        assertEquals(0, run("bench", "--help").code());
    }

    @Test
    void usageErrorsExitWithTwo() {
        String[][] usageErrors = {{"bench"}, {"bench", "extraction"}, {"bench", "extraction", dir.toString(), "--rounds", "0"},
                {"bench", "extraction", dir.toString(), "--limit", "0"}, {"bench", "extraction", dir.toString(), "--warmup", "-1"}};
        for (String[] args : usageErrors) {
            EvalCommandTest.Run r = run(args);
            assertNotEquals(0, r.code(), String.join(" ", args));
            assertTrue(r.err().contains("Usage: copydesk bench"), r.err());
        }
        for (String[] args : usageErrors) {
            assertEquals(2, run(args).code(), String.join(" ", args));
        }
    }

    @Test
    void folderWithoutPagesExitsWithOne() {
        EvalCommandTest.Run r = run("bench", "extraction", dir.toString());
        assertEquals(1, r.code());
        assertEquals("copydesk: no .html or .html.gz pages under " + dir + "\n", r.err());
        assertEquals(1, run("bench", "extraction", dir.resolve("nope").toString()).code());
    }

    @Test
    void printsOneRowPerSystem() throws IOException {
        String body = "<p>The harbour bridge reopens on Monday after months of repairs to its deck.</p>".repeat(5);
        EvalCommandTest.write(dir.resolve("a/1.html"), "<html><body><nav>Home</nav>" + body + "</body></html>");
        EvalCommandTest.write(dir.resolve("2.html.gz"), "<html><body>" + body + "<footer>(c)</footer></body></html>");
        EvalCommandTest.Run r = run("bench", "extraction", dir.toString(), "--warmup", "0", "--rounds", "2", "--no-readability-js", "-q");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Extraction throughput: 2 pages"), r.out());
        assertTrue(r.out().contains("Copydesk "), r.out());
        assertTrue(r.out().contains("boilerpipe 1.1.0 "), r.out());
        assertTrue(r.out().contains("readability4j 1.0.8 "), r.out());
        assertTrue(r.out().contains("vs boilerpipe 1.1.0"), r.out());
        assertTrue(r.out().contains("2 interleaved rounds after 0 warm-up pages"), r.out());
        assertTrue(r.out().contains("round ratios"), r.out());
    }
}
