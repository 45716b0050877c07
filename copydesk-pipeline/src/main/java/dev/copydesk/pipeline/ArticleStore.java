package dev.copydesk.pipeline;

import dev.copydesk.core.Article;
import java.io.Closeable;
import java.io.IOException;

/**
 * Where an {@link Ingestor} puts analysed articles. {@link IndexStore} is the embedded search index;
 * another store (a Spark sink, a test's map) needs only these five methods. Implementations must be
 * thread-safe: {@link #isCurrent} is called from worker threads while {@link #put} runs.
 */
public interface ArticleStore extends Closeable {
    /**
     * A fingerprint of a cleaned article and of the analysis that will annotate it: equal fingerprints
     * mean analysing again would give the same stored result.
     */
    String fingerprint(Article cleaned);

    /** Whether the store already holds article {@code id} with this fingerprint, so analysing it again can be skipped. */
    boolean isCurrent(String id, String fingerprint) throws IOException;

    /**
     * Stores an analysed article, replacing one with the same id.
     *
     * @return {@link IngestResult.Status#ADDED}, {@link IngestResult.Status#REPLACED} or
     *         {@link IngestResult.Status#UNCHANGED} (the store already held it with this fingerprint)
     */
    IngestResult.Status put(Article analysed, String fingerprint) throws IOException;

    /** Makes what was put durable. */
    void commit() throws IOException;

    /** Commits and releases the store. */
    @Override
    void close() throws IOException;
}
