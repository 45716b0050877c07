package dev.copydesk.eval.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.eval.TestFiles;
import dev.copydesk.eval.extraction.BenchmarkFolderException;
import dev.copydesk.eval.extraction.ExtractionSystem;
import dev.copydesk.eval.extraction.Page;
import dev.copydesk.eval.extraction.Progress;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks what the bench counts and how it reports; never how fast anything is. */
class ExtractionBenchTest {
    @TempDir
    Path dir;

    @Test
    void loadsPagesFromAnyDepthUpToTheLimit() throws Exception {
        TestFiles.write(dir.resolve("a/1.html.gz"), "<p>one</p>");
        TestFiles.write(dir.resolve("b/2.html"), "<p>two</p>");
        TestFiles.write(dir.resolve("3.htm"), "<p>three</p>");
        assertEquals(List.of("3", "a/1", "b/2"), ExtractionBench.loadPages(dir, 0).stream().map(Page::id).toList());
        assertEquals(2, ExtractionBench.loadPages(dir, 2).size());
    }

    @Test
    void emptyOrMissingFolderIsAnError() {
        assertThrows(BenchmarkFolderException.class, () -> ExtractionBench.loadPages(dir, 0));
        assertThrows(BenchmarkFolderException.class, () -> ExtractionBench.loadPages(dir.resolve("nope"), 0));
    }

    @Test
    void runsEverySystemOverEveryPageAndCountsFailures() {
        List<Page> pages = List.of(new Page("1", null, "<p>a</p>"), new Page("2", null, "<p>b</p>"));
        ExtractionSystem ok = ExtractionSystem.perPage("ok", (html, url) -> html);
        ExtractionSystem broken = ExtractionSystem.perPage("broken", (html, url) -> {
            throw new IllegalStateException("no");
        });
        BenchReport report = ExtractionBench.run(pages, List.of(broken, ok), "ok", 2, 1, Progress.NONE);
        assertEquals(2, report.pages());
        assertEquals(16, report.chars());
        BenchRow brokenRow = report.rows().get(0);
        assertEquals(2, brokenRow.failed());
        assertFalse(brokenRow.measured());
        BenchRow okRow = report.rows().get(1);
        assertEquals(0, okRow.failed());
        assertEquals(2, okRow.passes());
        assertTrue(report.table().render().contains("2 pages failed: IllegalStateException: no"));
    }

    @Test
    void tableShowsRatesAndRatiosToTheBaseline() {
        BenchReport report = new BenchReport(100, 5_000_000, 1, 50, "base", List.of(
                new BenchRow("Copydesk", true, 100, 1, 0, 0.5, 200, "", null),
                new BenchRow("base", true, 100, 1, 0, 1.0, 100, "", null),
                new BenchRow("js", false, 100, 1, 0, 4.0, 25, "", null),
                new BenchRow("gone", false, 100, 0, 0, 0, 0, "", "node not found")));
        assertEquals("""
                Extraction throughput: 100 pages (5.0 MB of HTML), 1 timed pass after 50 warm-up pages
                system    timed as              failed  pages/s  ms/page  vs base  note
                --------  --------------------  ------  -------  -------  -------  ------------------------
                Copydesk  single thread              0    200.0     5.00    2.00x
                base      single thread              0    100.0     10.0    1.00x
                js        whole batch, Node.js       0     25.0     40.0    0.25x
                gone      whole batch, Node.js       -        -        -        -  skipped (node not found)
                """, report.table().render());
    }
}
