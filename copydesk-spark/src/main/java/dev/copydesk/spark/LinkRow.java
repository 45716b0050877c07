package dev.copydesk.spark;

import dev.copydesk.core.Article;
import dev.copydesk.annotate.Layers;
import dev.copydesk.ingest.InputError;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What linking needs of one row an analysis task wrote: the article's {@link ArticleFeatures}, or the error the row
 * holds. The tasks hand these to the driver as they write their rows (a Spark accumulator), so a job that analysed
 * its whole input needs no second pass over the rows to link them; rows of batches finished by an earlier run
 * come from their Parquet. Immutable.
 *
 * @param input  the input file, as listed
 * @param record the row's ordinal among that file's rows
 * @param article what linking needs of the article, or null for an error row
 * @param source the error row's source, or null for an article
 * @param error  the error row's message, or null for an article
 */
record LinkRow(String input, int record, ArticleFeatures article, String source, String error) implements Serializable {
    private static final long serialVersionUID = 1L;

    LinkRow {
        Objects.requireNonNull(input, "input");
        if ((article == null) == (error == null)) {
            throw new IllegalArgumentException("a row is an article or an error, not both or neither");
        }
    }

    /**
     * The row of an article read from {@code input} at {@code record}: its entities' canonical names unless a
     * diagnostic says it was not analysed (its text was over the analysis limit; it links on its words alone).
     */
    static LinkRow of(String input, int record, Article a) {
        boolean analysed = a.diagnostics().items().stream().noneMatch(d -> FileAnalysis.NOT_ANALYSED.equals(d.code()));
        List<String> names = null;
        if (analysed) {
            names = new ArrayList<>();
            if (a.hasLayer(Layers.ENTITIES)) {
                for (var e : a.layer(Layers.ENTITIES, "link-row").items()) {
                    names.add(e.canonical());
                }
            }
        }
        return new LinkRow(input, record, new ArticleFeatures(input, record, a.id(), a.source(), a.title(), a.published(),
                a.text(), names), null, null);
    }

    /** The row of an error read from {@code input} at {@code record}. */
    static LinkRow error(String input, int record, String source, String message) {
        return new LinkRow(input, record, null, source, message);
    }

    /**
     * {@code rows} in input order ({@code fileOrder} of each row's input, then the record), one per row (a row handed
     * over twice counts once); their errors go to {@code errors} and their articles are returned.
     */
    static List<ArticleFeatures> inOrder(List<LinkRow> rows, java.util.Map<String, Integer> fileOrder, List<InputError> errors) {
        List<LinkRow> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.<LinkRow>comparingInt(r -> fileOrder.getOrDefault(r.input(), Integer.MAX_VALUE))
                .thenComparing(LinkRow::input).thenComparingInt(LinkRow::record));
        List<ArticleFeatures> features = new ArrayList<>(sorted.size());
        LinkRow before = null;
        for (LinkRow r : sorted) {
            if (before != null && before.input().equals(r.input()) && before.record() == r.record()) {
                continue;
            }
            before = r;
            if (r.error() != null) {
                errors.add(new InputError(r.source(), r.error()));
            } else {
                features.add(r.article());
            }
        }
        return features;
    }
}
