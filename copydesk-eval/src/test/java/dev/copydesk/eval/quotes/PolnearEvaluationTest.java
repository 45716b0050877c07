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

    @Test
    void errorsAreWrittenPerArticle() {
        String text = "“The harbour road stays closed all week,” said Ann Lee.\n\nThe council met on Monday.";
        int open = text.indexOf('“');
        int close = text.indexOf('”') + 1;
        int speaker = text.indexOf("Ann Lee");
        GoldQuote missed = new GoldQuote(List.of(new int[] {text.indexOf("The council"), text.length()}),
                List.of(new int[] {0, 3}));
        GoldQuote right = new GoldQuote(List.of(new int[] {open, close}), List.of(new int[] {speaker, speaker + 7}));
        PolnearArticle a = new PolnearArticle("a1", text, List.of(right, missed));
        StringBuilder errors = new StringBuilder();
        QuotesEvaluation.Report r = QuotesEvaluation.run(List.of(a), Pipeline.of(new PlainLayers(), new QuoteAttributor()),
                "plain", errors);
        assertEquals(1, r.counts().matched());
        assertTrue(errors.toString().startsWith("== a1\nMISSED\n"), errors.toString());
        assertTrue(errors.toString().contains("gold:      The council met on Monday."), errors.toString());
    }
}
