package dev.copydesk.eval.aeb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.copydesk.eval.extraction.Peers;
import dev.copydesk.eval.extraction.Progress;
import dev.copydesk.eval.extraction.SystemKind;
import dev.copydesk.eval.extraction.SystemRun;
import dev.copydesk.eval.metrics.ShingleMetric;
import dev.copydesk.eval.metrics.ShingleScore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the scorer against the real article extraction benchmark when it lies beside the project
 * ({@code ../shared/data/extraction/aeb}); skipped when it does not. Reproducing the F1 the
 * benchmark publishes for each peer's published output validates the metric end to end: tokens,
 * shingles, multisets, averaging and the empty-text conventions.
 */
class AebPublishedScoresTest {
    /** F1 the benchmark publishes for these outputs, over all 181 pages. */
    private static final Map<String, Double> PUBLISHED_F1 = Map.of(
            "rs_trafilatura", 0.970, "go_trafilatura", 0.960, "trafilatura", 0.958, "newspaper", 0.949,
            "news_please", 0.948, "readability_js", 0.947, "boilerpipe", 0.860, "justext", 0.804);

    private static AebDataset data;

    @BeforeAll
    static void load() throws Exception {
        Path dir = null;
        for (Path d = Path.of("").toAbsolutePath(); d != null && dir == null; d = d.getParent()) {
            Path candidate = d.resolve("shared/data/extraction/aeb");
            if (Files.isRegularFile(candidate.resolve(AebDataset.GROUND_TRUTH))) {
                dir = candidate;
            }
        }
        assumeTrue(dir != null, "../shared/data/extraction/aeb is absent; skipping the real-data checks");
        data = AebDataset.load(dir);
    }

    @Test
    void scorerReproducesThePublishedF1OfEveryPublishedOutput() {
        assertEquals(181, data.pages().size());
        int checked = 0;
        for (PublishedOutput output : data.published()) {
            Double expected = PUBLISHED_F1.get(output.name());
            if (expected == null) {
                continue;
            }
            SystemRun run = SystemRun.published(output.label(), output.texts(), data.files());
            assertEquals(0, run.failures(), output.name());
            ShingleScore score = ShingleMetric.score(AebEvaluation.counts(run, data.pages()));
            assertEquals(expected, score.f1(), 0.005, output.name());
            checked++;
        }
        assertEquals(PUBLISHED_F1.size(), checked);
    }

    @Test
    void trafilaturaScoresAbout0958() {
        PublishedOutput trafilatura = data.published().stream().filter(o -> o.name().equals("trafilatura")).findFirst().orElseThrow();
        SystemRun run = SystemRun.published(trafilatura.label(), trafilatura.texts(), data.files());
        ShingleScore score = ShingleMetric.score(AebEvaluation.counts(run, data.pages()));
        assertEquals(0.958, score.f1(), 0.002);
        assertEquals(181, score.precisionPages());
        assertEquals(181, score.recallPages());
    }

    @Test
    void firstTenPagesWithALivePeer() {
        AebReport report = AebEvaluation.run(data.limit(10), Peers.copydesk(), List.of(Peers.boilerpipe()), true, 3, Progress.NONE);
        assertEquals(10, report.pages());
        assertEquals(Peers.COPYDESK, report.rows().get(0).system());
        assertEquals(1 + 1 + data.published().size(), report.rows().size());
        for (AebRow row : report.rows()) {
            if (row.kind() == SystemKind.PUBLISHED) {
                assertEquals(0, row.failed(), row.system());
                assertTrue(row.score().f1() > 0.7, row.toString());
            }
        }
        AebRow boilerpipe = report.rows().stream().filter(r -> r.system().equals(Peers.BOILERPIPE)).findFirst().orElseThrow();
        assertEquals(0, boilerpipe.failed());
        assertTrue(boilerpipe.score().f1() > 0.5, boilerpipe.toString());
        assertEquals(3, report.worst().size());
    }
}
