package dev.copydesk.pipeline;

import dev.copydesk.core.Article;
import dev.copydesk.index.ArticleIndex;
import java.io.IOException;
import java.util.Objects;

/** The embedded search index as an {@link ArticleStore}. Thread-safe, as {@link ArticleIndex} is. */
public final class IndexStore implements ArticleStore {
    private final ArticleIndex index;

    /** A store over {@code index} ({@link #put} throws when it was opened read-only); {@link #close} closes it. */
    public IndexStore(ArticleIndex index) {
        this.index = Objects.requireNonNull(index, "index");
    }

    @Override
    public String fingerprint(Article cleaned) {
        return ArticleIndex.fingerprint(cleaned);
    }

    @Override
    public boolean isCurrent(String id, String fingerprint) throws IOException {
        return index.isCurrent(id, fingerprint);
    }

    @Override
    public IngestResult.Status put(Article analysed, String fingerprint) throws IOException {
        return switch (index.put(analysed, fingerprint)) {
            case ADDED -> IngestResult.Status.ADDED;
            case REPLACED -> IngestResult.Status.REPLACED;
            case UNCHANGED -> IngestResult.Status.UNCHANGED;
        };
    }

    @Override
    public void commit() throws IOException {
        index.commit();
    }

    @Override
    public void close() throws IOException {
        index.close();
    }

    @Override
    public String toString() {
        return "the index at " + index.directory();
    }
}
