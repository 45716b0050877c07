package dev.copydesk.index;

import dev.copydesk.core.Article;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The embedded article index (Apache Lucene) in one directory: analysed articles with their
 * entities, quotes, amounts and dates, searchable by text and faceted by entity, speaker, outlet and date.
 *
 * <p>Thread-safe: one instance serves concurrent searches while articles are put. Writes become
 * durable at {@link #commit()}; a crash loses at most the uncommitted ones and never corrupts what was
 * committed. Only one process may open an index for writing at a time.
 *
 * <p>API sketch for issue 4; the implementation lands with the index module.
 */
public final class ArticleIndex implements Closeable {
    private ArticleIndex() {
    }

    /** Opens the index in {@code dir} for reading and writing, creating it when missing. */
    public static ArticleIndex open(Path dir) throws IOException {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** Opens an existing index for reading only; {@link #put} then throws. Sees commits made later by a writer after {@link #refresh()}. */
    public static ArticleIndex openReadOnly(Path dir) throws IOException {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** A fingerprint of a cleaned article's content and of the analysis that will annotate it, for {@link #isCurrent}. */
    public static String fingerprint(Article cleaned) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** Whether the index already holds article {@code id} with this {@link #fingerprint}, so ingest can skip analysing it again. */
    public boolean isCurrent(String id, String fingerprint) throws IOException {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** Adds an analysed article, replacing one with the same id. Visible to searches after {@link #refresh()} or {@link #commit()}. */
    public PutResult put(Article analyzed, String fingerprint) throws IOException {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** Makes everything put so far durable and visible. */
    public void commit() throws IOException {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** Makes recent puts (or, read-only, another process's commits) visible to searches. */
    public void refresh() throws IOException {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** Number of articles searchable now. */
    public long size() throws IOException {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** The article as {@code analyze} writes it (one JSON object, with all its annotations), or empty. */
    public Optional<String> articleJson(String id) throws IOException {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** Ranked hits with snippets, plus facets over every match. Throws {@link InvalidQueryException} for a query it cannot run. */
    public SearchResult search(SearchQuery query) throws IOException {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** Entities whose canonical name contains {@code text} (case-insensitive; blank lists all), most-mentioned first, optionally of one type. */
    public List<EntitySummary> entities(String text, String type, int limit) throws IOException {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** The profile of the entity with this canonical name (case-insensitive), or empty when unknown. */
    public Optional<EntityProfile> entity(String canonical) throws IOException {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** Quotes by a speaker (canonical name, case-insensitive; null for any) whose words match {@code text} (null for any), newest first. */
    public List<QuoteHit> quotes(String speaker, String text, int offset, int limit) throws IOException {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public void close() throws IOException {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
