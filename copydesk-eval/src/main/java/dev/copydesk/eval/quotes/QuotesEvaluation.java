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
        return run(articles, pipeline, layers, null);
    }

    /**
     * As {@link #run(List, Pipeline, String)}, and writes every article's errors (missed and spurious
     * quotes, wrong speakers) to {@code errors} when it is not null, one block per article.
     */
    public static Report run(List<PolnearArticle> articles, Pipeline pipeline, String layers, Appendable errors) {
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
            if (errors != null) {
                writeErrors(errors, a, QuoteScorer.outcomes(a.gold(), predicted));
            }
        }
        return new Report(total, articles.size(), failures, layers);
    }

    private static void writeErrors(Appendable out, PolnearArticle a, List<QuoteScorer.Outcome> outcomes) {
        StringBuilder b = new StringBuilder();
        for (QuoteScorer.Outcome o : outcomes) {
            if (o.kind() == QuoteScorer.Kind.RIGHT) {
                continue;
            }
            b.append(o.kind()).append('\n');
            if (o.gold() != null) {
                b.append("  gold:      ").append(excerpt(a.text(), o.gold().content())).append('\n');
                b.append("  source:    ").append(o.gold().sources().isEmpty() ? "-" : excerpt(a.text(), o.gold().sources()))
                        .append('\n');
            }
            if (o.predicted() != null) {
                b.append("  predicted: ").append(excerpt(a.text(), o.predicted().spans())).append('\n');
                int[] sp = o.predicted().speaker();
                b.append("  speaker:   ").append(sp == null ? "-" : excerpt(a.text(), List.of(sp))).append('\n');
            }
            List<int[]> where = o.gold() != null ? o.gold().content() : o.predicted().spans();
            b.append("  at:        ").append(where.get(0)[0]).append('-').append(where.get(where.size() - 1)[1]).append('\n');
            int at = o.gold() != null ? o.gold().content().get(0)[0] : o.predicted().spans().get(0)[0];
            b.append("  context:   ").append(context(a.text(), at)).append('\n');
        }
        if (b.isEmpty()) {
            return;
        }
        try {
            out.append("== ").append(a.id()).append('\n').append(b);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String excerpt(String text, List<int[]> spans) {
        StringBuilder b = new StringBuilder();
        for (int[] s : spans) {
            if (!b.isEmpty()) {
                b.append(" | ");
            }
            b.append(text, Math.max(0, s[0]), Math.min(text.length(), s[1]));
        }
        return flat(b.toString(), 300);
    }

    private static String context(String text, int at) {
        int s = Math.max(0, at - 200);
        int e = Math.min(text.length(), at + 300);
        return flat(text.substring(s, at) + "⟦" + text.substring(at, e), 520);
    }

    private static String flat(String s, int max) {
        String f = s.replace('\n', '¶');
        return f.length() > max ? f.substring(0, max) + "…" : f;
    }

    static Article article(PolnearArticle a) {
        return Article.builder().id(a.id()).source(a.id() + ".txt").text(a.text()).build();
    }
}
