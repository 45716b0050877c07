package dev.copydesk.eval.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.copydesk.eval.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadabilityJsTest {
    @TempDir
    Path dir;

    @Test
    void locatesTheToolFolderInAnAncestor() throws Exception {
        TestFiles.write(dir.resolve("tools/readability-js/extract.mjs"), "// script");
        Path nested = Files.createDirectories(dir.resolve("module/target/classes"));
        assertEquals(Optional.of(dir.resolve("tools/readability-js").toAbsolutePath()), ReadabilityJs.locate(List.of(nested)));
        assertEquals(Optional.empty(), ReadabilityJs.locate(List.of(Files.createTempDirectory("elsewhere"))));
    }

    @Test
    void withoutTheFolderItIsUnavailable() {
        ReadabilityJs js = new ReadabilityJs(null);
        assertEquals(Optional.of("tools/readability-js not found"), js.unavailableReason());
        assertThrows(SystemUnavailableException.class, () -> js.extractAll(List.of(), Progress.NONE));
        SystemRun run = SystemRun.live(js, List.of(new Page("p", null, "<p>x</p>")), Progress.NONE);
        assertEquals("tools/readability-js not found", run.skipped());
    }

    @Test
    void withoutNodeModulesItIsUnavailable() throws Exception {
        TestFiles.write(dir.resolve("extract.mjs"), "// script");
        String reason = new ReadabilityJs(dir).unavailableReason().orElseThrow();
        assertTrue(reason.startsWith("Node.js modules not installed"), reason);
    }

    @Test
    void withoutNodeItIsUnavailable() throws Exception {
        TestFiles.write(dir.resolve("extract.mjs"), "// script");
        Files.createDirectories(dir.resolve("node_modules/@mozilla/readability"));
        ReadabilityJs js = new ReadabilityJs(dir, "copydesk-no-such-node", Duration.ofSeconds(5));
        assertEquals(Optional.of("Node.js not found ('copydesk-no-such-node')"), js.unavailableReason());
    }

    /** Runs the real tool when the build installed it and Node.js is on the PATH. */
    @Test
    void extractsABatchInOneProcess() throws Exception {
        Optional<Path> tool = ReadabilityJs.locate(List.of(Path.of("")));
        assumeTrue(tool.isPresent() && Files.isDirectory(tool.get().resolve("node_modules/@mozilla/readability")),
                "tools/readability-js is not installed; skipping");
        ReadabilityJs js = new ReadabilityJs(tool.get());
        assumeTrue(js.unavailableReason().isEmpty(), () -> "Mozilla Readability unavailable: " + js.unavailableReason().get());
        String body = "The council voted on Tuesday to rebuild the old harbour bridge, which has been closed since the storm. ".repeat(8);
        List<Page> pages = List.of(
                new Page("a", "https://example.com/a", TestFiles.articlePage("Bridge vote", body)),
                new Page("b", null, "<html><body></body></html>"));
        List<Outcome> outcomes = js.extractAll(pages, Progress.NONE);
        assertEquals(2, outcomes.size());
        assertTrue(outcomes.get(0).text().contains("harbour bridge"), outcomes.get(0).toString());
        assertTrue(!outcomes.get(0).text().contains("All rights reserved"), outcomes.get(0).toString());
        assertEquals(Outcome.ok(""), outcomes.get(1));
        assertTrue(js.name().startsWith("Mozilla Readability "), js.name());
    }
}
