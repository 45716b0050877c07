package dev.copydesk.pipeline;

import dev.copydesk.core.Article;
import dev.copydesk.index.ArticleIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * The embedded search index as an {@link ArticleStore}, which links the corpus as it goes: when articles
 * were put since the last linking, a commit first relinks the whole index ({@link StoryLinking}), so every
 * stored article carries its story and duplicate links. To keep frequent commits cheap on a large index,
 * a periodic commit skips relinking while less than {@link #LINK_PAUSE} times the last relink's duration
 * has passed since it ended; {@link #close} always relinks what is new. Thread-safe, as {@link ArticleIndex} is.
 */
public final class IndexStore implements ArticleStore {
    /** How many relink durations a commit waits after a relink before relinking again. */
    public static final int LINK_PAUSE = 4;

    private final ArticleIndex index;
    private final StoryLinking linking;
    private volatile boolean unlinked;
    private long nextLink;
    private StoryLinking.Outcome lastLinking;

    /**
     * A store over {@code index} ({@link #put} throws when it was opened read-only); {@link #close} closes it.
     * Articles an earlier run stored but did not link (it crashed first) are linked at the first commit.
     */
    public IndexStore(ArticleIndex index) {
        this.index = Objects.requireNonNull(index, "index");
        this.linking = index.readOnly() ? null : new StoryLinking(index);
        try {
            this.unlinked = linking != null && index.unlinked() > 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + index.directory() + ": " + e.getMessage(), e);
        }
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
        IngestResult.Status status = switch (index.put(analysed, fingerprint)) {
            case ADDED -> IngestResult.Status.ADDED;
            case REPLACED -> IngestResult.Status.REPLACED;
            case UNCHANGED -> IngestResult.Status.UNCHANGED;
        };
        if (status != IngestResult.Status.UNCHANGED) {
            unlinked = true;
        }
        return status;
    }

    @Override
    public synchronized void commit() throws IOException {
        if (unlinked && System.nanoTime() >= nextLink) {
            link();
        }
        index.commit();
    }

    /** Relinks the index now when articles were put since the last linking, without committing. */
    public synchronized void link() throws IOException {
        if (!unlinked || linking == null) {
            return;
        }
        unlinked = false;
        long start = System.nanoTime();
        lastLinking = linking.relink();
        long end = System.nanoTime();
        nextLink = end + LINK_PAUSE * (end - start);
    }

    /** What the last relink did, or {@code null} when this store has not relinked. */
    public synchronized StoryLinking.Outcome lastLinking() {
        return lastLinking;
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            link();
        } finally {
            index.close();
        }
    }

    @Override
    public String toString() {
        return "the index at " + index.directory();
    }
}
