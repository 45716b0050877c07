package dev.copydesk.eval.wcxb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.eval.extraction.ExtractionSystem;
import dev.copydesk.eval.extraction.Progress;
import dev.copydesk.eval.metrics.SnippetCounts;
import dev.copydesk.eval.report.Json;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WcxbEvaluationTest {
    private static final double EPS = 1e-12;

    @TempDir
    Path dir;

    /** Perfect on the article, the whole page text on the collection, fails on the product, nothing on page 4. */
    private static final ExtractionSystem FAKE = ExtractionSystem.perPage("fake", (html, url) -> switch (url) {
        case "https://example.com/0001" -> "Rain is expected across the north on Friday.";
        case "https://example.com/0002" -> "Home News Red shoes. Blue shoes. Green shoes. Sign up";
        case "https://example.com/0003" -> throw new IllegalStateException("broken");
        default -> "";
    });

    @Test
    void scoresOverallPerTypeAndSnippets() throws Exception {
        WcxbDataset data = WcxbDataset.load(WcxbDatasetTest.writeBenchmark(dir));
        WcxbReport report = WcxbEvaluation.run(data, FAKE, List.of(), 2, Progress.NONE);
        WcxbRow row = report.rows().get(0);
        assertEquals(4, row.pages());
        assertEquals(1, row.failed());
        // page F1: article 1, collection precision 6/10 and recall 1 -> 0.75, product 0 (failed), empty gold and output 1
        assertEquals((1 + 0.75 + 0 + 1) / 4, row.score().f1(), EPS);
        assertEquals((1 + 0.6 + 0 + 1) / 4, row.score().precision(), EPS);
        assertEquals(1.0, row.byType().get("article").f1(), EPS);
        assertEquals(0.75, row.byType().get("collection").f1(), EPS);
        assertEquals(0.0, row.byType().get("product").f1(), EPS);
        // with: "Rain is expected" found, "Blue shoes" found; without: "Sign up" absent on page 1, both absent on page 3
        assertEquals(new SnippetCounts(2, 2, 3, 3), row.snippets());
        assertEquals(1.0, row.withFound(), EPS);

        assertEquals(2, report.worst().size());
        assertEquals("0003", report.worst().get(0).id());
        assertEquals("product", report.worst().get(0).type());
        assertEquals("0002", report.worst().get(1).id());
    }

    @Test
    void tablesNameTheTypesWithTheirPageCounts() throws Exception {
        WcxbDataset data = WcxbDataset.load(WcxbDatasetTest.writeBenchmark(dir));
        WcxbReport report = WcxbEvaluation.run(data, FAKE, List.of(), 0, Progress.NONE);
        String types = report.typeTable().render();
        assertTrue(types.contains("system  article (2)  collection (1)  product (1)"), types);
        assertTrue(types.contains("fake          1.000           0.750        0.000"), types);
        assertTrue(report.table().render().startsWith("WCXB ("), report.table().render());
        assertTrue(Json.write(report).contains("\"withoutAbsent\" : 1.0"));
    }
}
