package dev.copydesk.eval.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.eval.TestFiles;
import dev.copydesk.eval.bench.stats.Ratio;
import dev.copydesk.eval.bench.stats.Spread;
import dev.copydesk.eval.extraction.BenchmarkFolderException;
import dev.copydesk.eval.extraction.ExtractionSystem;
import dev.copydesk.eval.extraction.Outcome;
import dev.copydesk.eval.extraction.Page;
import dev.copydesk.eval.extraction.PageExtractor;
import dev.copydesk.eval.extraction.PageSource;
import dev.copydesk.eval.extraction.Progress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
    void runsEverySystemOverEveryPageInEachRoundAndCountsFailures() {
        List<Page> pages = List.of(new Page("1", null, "<p>a</p>"), new Page("2", null, "<p>b</p>"));
        List<String> turns = new ArrayList<>();
        ExtractionSystem ok = counting("ok", turns, (html, url) -> html);
        ExtractionSystem other = counting("other", turns, (html, url) -> html.toUpperCase(Locale.ROOT));
        ExtractionSystem broken = counting("broken", turns, (html, url) -> {
            throw new IllegalStateException("no");
        });
        BenchReport report = ExtractionBench.run(pages, List.of(broken, ok, other), "ok", 3, 1, Progress.NONE);
        // warm-up: one page each, in order; then three rounds rotating the order, two pages per turn
        assertEquals(List.of("broken", "ok", "other",
                "broken", "broken", "ok", "ok", "other", "other",
                "ok", "ok", "other", "other", "broken", "broken",
                "other", "other", "broken", "broken", "ok", "ok"), turns);
        assertEquals(2, report.pages());
        assertEquals(16, report.chars());
        assertEquals(3, report.rounds());
        BenchRow brokenRow = report.rows().get(0);
        assertEquals(2, brokenRow.failed());
        assertFalse(brokenRow.measured());
        assertNull(brokenRow.vsBaseline());
        BenchRow okRow = report.rows().get(1);
        assertEquals(0, okRow.failed());
        assertEquals(3, okRow.pagesPerSecond().count());
        assertEquals(1.0, okRow.vsBaseline().ofMedians(), 1e-12);
        assertTrue(okRow.verdict().startsWith("baseline"), okRow.verdict());
        BenchRow otherRow = report.rows().get(2);
        assertEquals(3, otherRow.vsBaseline().perRound().count());
        assertFalse(otherRow.verdict().isEmpty());
        assertTrue(report.table().render().contains("2 pages failed: IllegalStateException: no"));
    }

    @Test
    void inProcessSystemsTakeTurnsOnSlicesAndAnOutOfProcessOneRunsTheWholeBatchOncePerRound() {
        List<Page> pages = new ArrayList<>();
        for (int p = 0; p < 2 * ExtractionBench.SLICE_PAGES; p++) {
            pages.add(new Page(String.valueOf(p), null, "<p>" + p + "</p>"));
        }
        List<String> turns = new ArrayList<>();
        List<ExtractionSystem> systems = List.of(batches("a", true, turns), batches("b", true, turns), batches("js", false, turns));
        BenchReport report = ExtractionBench.run(pages, systems, "a", 2, 0, Progress.NONE);
        assertEquals(List.of("a:0-19", "b:0-19", "js:0-39", "b:20-39", "a:20-39",
                "a:0-19", "b:0-19", "a:20-39", "b:20-39", "js:0-39"), turns);
        for (BenchRow r : report.rows()) {
            assertEquals(0, r.failed(), r.system());
            assertEquals(2, r.pagesPerSecond().count(), r.system());
        }
    }

    @Test
    void aSystemThatCannotRunIsSkippedAndNeverTimed() {
        List<Page> pages = List.of(new Page("1", null, "<p>a</p>"));
        ExtractionSystem gone = new ExtractionSystem() {
            @Override
            public String name() {
                return "gone";
            }

            @Override
            public Optional<String> unavailableReason() {
                return Optional.of("node not found");
            }

            @Override
            public List<Outcome> extractAll(List<? extends PageSource> p, Progress progress) {
                throw new AssertionError("never called");
            }
        };
        BenchReport report = ExtractionBench.run(pages, List.of(gone), "gone", 2, 0, Progress.NONE);
        assertEquals("node not found", report.rows().get(0).skipped());
        assertNull(report.rows().get(0).pagesPerSecond());
    }

    @Test
    void rowsAreComparedWithTheBaselineRoundByRound() {
        List<BenchRow> rows = ExtractionBench.compare(List.of(
                row("fast", 200, 180, 210), row("base", 100, 90, 100), row("near", 95, 95, 105)), "base", 0.15);
        assertEquals(2.0, rows.get(0).vsBaseline().ofMedians(), 1e-9);
        assertEquals(List.of(2.0, 2.0, 2.1), rows.get(0).vsBaseline().perRound().samples());
        assertEquals("faster", rows.get(0).verdict());
        assertEquals("baseline", rows.get(1).verdict());
        assertTrue(rows.get(2).verdict().startsWith("too close to call"), rows.get(2).verdict());
        List<BenchRow> alone = ExtractionBench.compare(List.of(row("fast", 200, 180, 210)), "base", 0.15);
        assertNull(alone.get(0).vsBaseline());
        assertEquals("steady", alone.get(0).verdict());
    }

    @Test
    void tableShowsMediansSpreadsRatiosAndVerdicts() {
        Spread base = Spread.of(100, 90, 110);
        Spread fast = Spread.of(200, 200, 209);
        Spread js = Spread.of(25, 10, 40);
        BenchReport report = new BenchReport(100, 5_000_000, 3, 50, "base", 0.15, List.of(
                new BenchRow("Copydesk", true, 100, 0, fast, Ratio.of(fast, base), "faster", "", null),
                new BenchRow("base", true, 100, 0, base, Ratio.of(base, base), "baseline", "", null),
                new BenchRow("js", false, 100, 1, js, Ratio.of(js, base), "too noisy: spread 60% > 15%", "1 page failed: x", null),
                new BenchRow("gone", false, 100, 0, null, null, "", "", "node not found")));
        assertEquals("Extraction throughput: 100 pages (5.0 MB of HTML), 3 interleaved rounds after 50 warm-up pages; "
                + "median of rounds, spread = interquartile range / median, too noisy above 15%\n" + """
                system    timed as              failed  pages/s      min-max  spread  ms/page  vs base  round ratios  verdict                      note
                --------  --------------------  ------  -------  -----------  ------  -------  -------  ------------  ---------------------------  ------------------------
                Copydesk  single thread              0    200.0  200.0-209.0    2.3%     5.00    2.00x   1.90x-2.22x  faster
                base      single thread              0    100.0   90.0-110.0     10%     10.0    1.00x   1.00x-1.00x  baseline
                js        whole batch, Node.js       1     25.0    10.0-40.0     60%     40.0    0.25x   0.11x-0.36x  too noisy: spread 60% > 15%  1 page failed: x
                gone      whole batch, Node.js       -        -            -       -        -        -             -                               skipped (node not found)
                """, report.table().render());
    }

    private static BenchRow row(String name, double... rates) {
        return new BenchRow(name, true, 10, 0, Spread.of(rates), null, "", "", null);
    }

    /** Records each batch it is given as {@code name:firstId-lastId}. */
    private static ExtractionSystem batches(String name, boolean inProcess, List<String> turns) {
        return new ExtractionSystem() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public boolean inProcess() {
                return inProcess;
            }

            @Override
            public List<Outcome> extractAll(List<? extends PageSource> batch, Progress progress) {
                turns.add(name + ":" + batch.get(0).id() + "-" + batch.get(batch.size() - 1).id());
                return batch.stream().map(p -> Outcome.ok("text")).toList();
            }
        };
    }

    private static ExtractionSystem counting(String name, List<String> turns, PageExtractor extractor) {
        return ExtractionSystem.perPage(name, (html, url) -> {
            turns.add(name);
            return extractor.extract(html, url);
        });
    }
}
