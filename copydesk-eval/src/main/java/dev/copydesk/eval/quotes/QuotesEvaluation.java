package dev.copydesk.eval.quotes;

import dev.copydesk.annotate.Layers;
import dev.copydesk.core.Article;
import dev.copydesk.core.Pipeline;
import dev.copydesk.eval.report.Formats;
import dev.copydesk.eval.report.Table;
import java.util.List;

/**
 * Runs an annotation pipeline that ends with quote attribution over PolNeAR articles, as given (no
 * cleaning, so offsets are offsets into the files), and scores the direct quotes with
 * {@link QuoteScorer}. An article the pipeline fails on counts as one with no predicted quotes.
 */
public final class QuotesEvaluation {
    /** The split's counts, how many articles there were and how many the pipeline failed on. */
    public record Report(QuoteScorer.Counts counts, int articles, int failures, String layers) {
        public Table table() {
            return Table.builder("Direct quotes (" + articles + " articles, layers: " + layers + ")")
                    .text("system").number("gold").number("predicted").number("quote P").number("quote R")
                    .number("quote F1").number("speaker acc").number("joint F1")
                    .row("Copydesk", String.valueOf(counts.gold()), String.valueOf(counts.predicted()),
                            Formats.score(counts.precision()), Formats.score(counts.recall()), Formats.score(counts.f1()),
                            Formats.score(counts.speakerAccuracy()), Formats.score(counts.jointF1()))
                    .row("Gender Gap Tracker (published, own set)", "", "", "", "", "0.837", "0.865", "")
                    .build();
        }
    }

    private QuotesEvaluation() {
    }

    public static Report run(List<PolnearArticle> articles, Pipeline pipeline, String layers) {
        QuoteScorer.Counts total = new QuoteScorer.Counts(0, 0, 0, 0);
        int failures = 0;
        for (PolnearArticle a : articles) {
            List<QuoteScorer.Predicted> predicted = List.of();
            try {
                Article done = pipeline.process(article(a));
                predicted = QuoteScorer.join(a.text(), done.layer(Layers.QUOTES, "eval").items());
            } catch (RuntimeException e) {
                failures++;
            }
            total = total.plus(QuoteScorer.score(a.gold(), predicted));
        }
        return new Report(total, articles.size(), failures, layers);
    }

    static Article article(PolnearArticle a) {
        return Article.builder().id(a.id()).source(a.id() + ".txt").text(a.text()).build();
    }
}
