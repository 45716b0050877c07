package dev.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalCommandTest {
    @TempDir
    Path dir;

    /** Exit code, standard output and standard error of one run. */
    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream raw = Files.newOutputStream(file);
             OutputStream o = file.toString().endsWith(".gz") ? new GZIPOutputStream(raw) : raw) {
            o.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private Path tinyAeb() throws IOException {
        write(dir.resolve("ground-truth.json"), """
                {"a": {"articleBody": "The harbour bridge reopens on Monday after repairs.", "url": "https://example.com/a"}}
                """);
        write(dir.resolve("html/a.html.gz"), "<html><body><nav>Home</nav><p>The harbour bridge reopens on Monday after repairs.</p></body></html>");
        write(dir.resolve("peer-outputs/peer.json"), """
                {"version": "1.2", "output": {"a": {"articleBody": "Home The harbour bridge reopens on Monday after repairs."}}}
                """);
        return dir;
    }

    @Test
    void helpOnEveryLevel() {
        for (String[] args : new String[][] {{"eval", "--help"}, {"eval", "extraction", "--help"},
                {"eval", "extraction", "aeb", "--help"}, {"eval", "extraction", "wcxb", "--help"}}) {
            Run r = run(args);
            assertEquals(0, r.code(), String.join(" ", args));
            assertTrue(r.out().startsWith("Usage: copydesk " + String.join(" ", args).replace(" --help", "")), r.out());
        }
        Run aeb = run("eval", "extraction", "aeb", "--help");
        assertTrue(aeb.out().contains("--peers=KINDS"), aeb.out());
        assertTrue(aeb.out().contains("--worst=N"), aeb.out());
    }

    @Test
    void usageErrorsExitWithTwo() {
        String[][] usageErrors = {{"eval"}, {"eval", "extraction"}, {"eval", "extraction", "aeb"},
                {"eval", "extraction", "aeb", "x", "--limit", "0"}, {"eval", "extraction", "aeb", "x", "--worst", "-1"},
                {"eval", "extraction", "wcxb", "x", "--peers", "bogus"}, {"eval", "extraction", "aeb", dir.toString(), "--peers", "none,live"}};
        for (String[] args : usageErrors) {
            Run r = run(args);
            assertNotEquals(0, r.code(), String.join(" ", args));
            assertTrue(r.err().contains("Usage: copydesk eval"), r.err());
        }
        assertTrue(run("eval", "extraction", "aeb", dir.toString(), "--peers", "none,live").err()
                .startsWith("--peers none cannot be combined with other kinds"));
        for (String[] args : usageErrors) {
            assertEquals(2, run(args).code(), String.join(" ", args));
        }
    }

    @Test
    void missingFolderExitsWithOne() {
        Run aeb = run("eval", "extraction", "aeb", dir.resolve("nope").toString());
        assertEquals(1, aeb.code());
        assertEquals("copydesk: no such folder: " + dir.resolve("nope") + "\n", aeb.err());
        Run wcxb = run("eval", "extraction", "wcxb", dir.toString());
        assertEquals(1, wcxb.code());
        assertTrue(wcxb.err().startsWith("copydesk: not a WCXB folder"), wcxb.err());
    }

    @Test
    void printsTheTableForATinyBenchmark() throws IOException {
        Run r = run("eval", "extraction", "aeb", tinyAeb().toString(), "--peers", "published", "--worst", "1", "-q");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().startsWith("Article extraction benchmark: 1 pages;"), r.out());
        assertTrue(r.out().contains("peer 1.2  published      1       0      0.833   1.000  0.909"), r.out());
        assertTrue(r.out().contains("Copydesk's 1 worst pages"), r.out());
    }

    @Test
    void jsonOutputAndProgressOnStandardError() throws IOException {
        Run r = run("eval", "extraction", "aeb", tinyAeb().toString(), "--peers", "none", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode report = new ObjectMapper().readTree(r.out());
        assertEquals(1, report.get("pages").asInt());
        assertEquals(1, report.get("rows").size());
        assertEquals("Copydesk", report.get("rows").get(0).get("system").asText());
        assertTrue(r.err().contains("copydesk: Copydesk: 1/1 pages"), r.err());
    }

    /**
     * Runs the real article extraction benchmark, when it is beside the project, on its first ten
     * pages; the published peers must score as the benchmark reports them on those pages.
     */
    @Test
    void realBenchmarkFirstTenPages() throws IOException {
        Path aeb = findData("extraction/aeb");
        assumeTrue(aeb != null, "../shared/data/extraction/aeb is absent; skipping the real-data run");
        Run r = run("eval", "extraction", "aeb", aeb.toString(), "--limit", "10", "--json", "-q");
        assertEquals(0, r.code(), r.err());
        JsonNode report = new ObjectMapper().readTree(r.out());
        assertEquals(10, report.get("pages").asInt());
        int published = 0;
        for (JsonNode row : report.get("rows")) {
            if (row.get("kind").asText().equals("PUBLISHED")) {
                published++;
                assertEquals(0, row.get("failed").asInt(), row.toString());
                if (row.get("system").asText().startsWith("trafilatura ")) {
                    assertTrue(row.get("score").get("f1").asDouble() > 0.9, row.toString());
                }
            }
            if (row.get("system").asText().startsWith("boilerpipe 1.1.0")) {
                assertEquals("LIVE", row.get("kind").asText());
                assertEquals(0, row.get("failed").asInt(), row.toString());
                assertTrue(row.get("score").get("f1").asDouble() > 0.5, row.toString());
            }
        }
        assertEquals(9, published);
    }

    /** {@code shared/data/<sub>} in the working directory or an ancestor, or {@code null}. */
    static Path findData(String sub) {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path candidate = d.resolve("shared/data").resolve(sub);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
