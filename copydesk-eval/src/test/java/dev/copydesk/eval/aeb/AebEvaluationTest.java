package dev.copydesk.eval.aeb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.eval.extraction.ExtractionSystem;
import dev.copydesk.eval.extraction.Outcome;
import dev.copydesk.eval.extraction.PageSource;
import dev.copydesk.eval.extraction.Progress;
import dev.copydesk.eval.extraction.SystemKind;
import dev.copydesk.eval.report.Json;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AebEvaluationTest {
    private static final double EPS = 1e-12;

    @TempDir
    Path dir;

    /** Returns the gold text for p1 and fails on p2. */
    private static final ExtractionSystem HALF = ExtractionSystem.perPage("half", (html, url) -> {
        if (url.endsWith("/1")) {
            return "First page body text, rather short.";
        }
        throw new IllegalStateException("no body");
    });

    private static final ExtractionSystem UNAVAILABLE = new ExtractionSystem() {
        @Override
        public String name() {
            return "absent";
        }

        @Override
        public Optional<String> unavailableReason() {
            return Optional.of("not installed");
        }

        @Override
        public List<Outcome> extractAll(List<? extends PageSource> pages, Progress progress) {
            throw new AssertionError();
        }
    };

    @Test
    void scoresSubjectLivePeersAndPublishedOutputsWithTheSameMetric() throws Exception {
        AebDataset data = AebDataset.load(AebDatasetTest.writeBenchmark(dir));
        ExtractionSystem perfect = ExtractionSystem.perPage("perfect",
                (html, url) -> url.endsWith("/1") ? "First page body text, rather short." : "Second page body text here.");
        AebReport report = AebEvaluation.run(data, HALF, List.of(UNAVAILABLE, perfect), true, 1, Progress.NONE);

        assertEquals(2, report.pages());
        assertEquals(List.of("half", "perfect", "plain", "wrapped 2.0", "absent"), report.rows().stream().map(AebRow::system).toList());

        AebRow subject = report.rows().get(0);
        assertEquals(1, subject.failed());
        assertEquals(1.0, subject.score().precision(), EPS); // the failed page is empty: no precision
        assertEquals(0.5, subject.score().recall(), EPS);
        assertEquals(2.0 / 3, subject.score().f1(), EPS);
        assertEquals("1 page failed: IllegalStateException: no body", subject.note());

        assertEquals(1.0, report.rows().get(1).score().f1(), EPS);
        AebRow plain = report.rows().get(2);
        assertEquals(SystemKind.PUBLISHED, plain.kind());
        assertEquals(0, plain.failed()); // a null articleBody is an empty output, not a missing page
        assertEquals(0.5, plain.score().recall(), EPS);
        AebRow wrapped = report.rows().get(3);
        assertEquals(1, wrapped.failed()); // p2 is missing from the output

        AebRow absent = report.rows().get(4);
        assertEquals("not installed", absent.skipped());
        assertNull(absent.score());

        assertEquals(1, report.worst().size());
        assertEquals("p2", report.worst().get(0).id());
        assertEquals("IllegalStateException: no body", report.worst().get(0).error());
    }

    @Test
    void withoutPublishedOutputsOnlyLiveRows() throws Exception {
        AebDataset data = AebDataset.load(AebDatasetTest.writeBenchmark(dir));
        AebReport report = AebEvaluation.run(data, HALF, List.of(), false, 0, Progress.NONE);
        assertEquals(1, report.rows().size());
        assertEquals(List.of(), report.worst());
    }

    @Test
    void tableAndJson() throws Exception {
        AebDataset data = AebDataset.load(AebDatasetTest.writeBenchmark(dir));
        AebReport report = AebEvaluation.run(data, HALF, List.of(UNAVAILABLE), true, 0, Progress.NONE);
        String table = report.table().render();
        assertTrue(table.startsWith("Article extraction benchmark: 2 pages;"), table);
        assertTrue(table.contains("half         live           2       1      1.000   0.500  0.667"), table);
        assertTrue(table.contains("absent       live           -       -          -       -      -      -  skipped (not installed)"), table);
        String json = Json.write(report);
        assertTrue(json.contains("\"system\" : \"wrapped 2.0\""), json);
        assertTrue(json.contains("\"skipped\" : \"not installed\""), json);
    }
}
