package dev.copydesk.eval.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.annotate.quote.QuoteAttributor;
import dev.copydesk.core.Pipeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class PolnearEvaluationTest {
    private static final Path DEV = Path.of("../../shared/data/quotes/polnear/dev");

    @Test
    void scoresAFewDevArticles() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(DEV), "PolNeAR dev data not found at " + DEV.toAbsolutePath() + "; skipping");
        List<PolnearArticle> articles = PolnearDataset.load(DEV);
        assertEquals(84, articles.size());
        List<PolnearArticle> few = articles.subList(0, 10);
        QuotesEvaluation.Report r = QuotesEvaluation.run(few, Pipeline.of(new PlainLayers(), new QuoteAttributor()), "plain");
        assertEquals(0, r.failures());
        assertTrue(r.counts().gold() > 0);
        assertTrue(r.counts().f1() > 0.5, r.table().render());
        assertTrue(r.table().render().contains("joint F1"));
    }
}
