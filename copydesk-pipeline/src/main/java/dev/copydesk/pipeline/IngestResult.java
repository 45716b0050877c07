package dev.copydesk.pipeline;

import dev.copydesk.core.Article;
import java.util.Objects;

/**
 * What {@link Ingestor} did with one article.
 *
 * @param source  where the article came from, as the input named it
 * @param id      the article's id, or null when it failed before it was cleaned
 * @param status  what happened
 * @param failure the kind of failure, or null when it did not fail
 * @param error   why it failed (one line), or null
 * @param article the analysed article, when {@link IngestConfig#keepArticles()} and it was analysed; else null
 */
public record IngestResult(String source, String id, Status status, Failure failure, String error, Article article) {
    /** What happened to an article. */
    public enum Status {
        /** A new article was stored. */
        ADDED,
        /** It replaced an article with the same id. */
        REPLACED,
        /** The store held it already with the same fingerprint; it was not analysed again. */
        UNCHANGED,
        /** It could not be read, cleaned, analysed or stored; {@link #error()} says why. */
        FAILED
    }

    /** Why an article failed. */
    public enum Failure {
        /** The input could not be read (a missing file, a damaged record). */
        UNREADABLE,
        /** Cleaning left no text. */
        NO_TEXT,
        /** The clean text is over the analysis limit ({@link AnalysisConfig#maxChars()}). */
        OVER_ANALYSIS_LIMIT,
        /** Cleaning, the store's lookup or an analysis stage threw. */
        ERROR
    }

    public IngestResult {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(status, "status");
        if ((status == Status.FAILED) != (error != null) || (error == null) != (failure == null)) {
            throw new IllegalArgumentException("a FAILED result, and only one, carries a failure and an error; was "
                    + status + " / " + failure + " / " + error);
        }
    }

    /** A failed article. */
    public static IngestResult failed(String source, String id, Failure failure, String error) {
        return new IngestResult(source, id, Status.FAILED, failure, error, null);
    }

    /** An article that did not fail. */
    static IngestResult done(String source, String id, Status status, Article article) {
        return new IngestResult(source, id, status, null, null, article);
    }
}
