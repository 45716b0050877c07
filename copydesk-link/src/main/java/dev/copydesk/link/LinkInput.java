package dev.copydesk.link;

import dev.copydesk.core.Article;
import dev.copydesk.link.dup.DupInput;
import dev.copydesk.link.dup.Fingerprint;
import dev.copydesk.link.story.StoryInput;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One article as a {@link Linker} takes it: what story clustering reads ({@link StoryInput}: title, text, entity
 * names) and the duplicate {@link Fingerprint}, without the article's annotation layers. Building one
 * ({@link #of}) does the expensive, order-free part of linking (shingles, MinHash), so callers do it on worker
 * threads and hand the inputs to one linker in order. Immutable and thread-safe.
 */
public final class LinkInput {
    private final StoryInput story;
    private final Fingerprint fingerprint;

    private LinkInput(StoryInput story, Fingerprint fingerprint) {
        this.story = story;
        this.fingerprint = fingerprint;
    }

    /** What the linker needs of a cleaned (and, for entity-aware stories, analysed) article. */
    public static LinkInput of(Article article) {
        Objects.requireNonNull(article, "article");
        return new LinkInput(StoryInput.of(article),
                Fingerprint.of(new DupInput(article.id(), article.published(), article.title(), article.text())));
    }

    /**
     * What the linker needs, from the fields alone: the same as {@link #of(Article)} over an article with these
     * fields whose entities layer gives {@code entityNames} as canonical names (null: not analysed). For a caller
     * that holds many articles at once (a cluster's driver) and keeps the names rather than the entities.
     */
    public static LinkInput of(String id, String published, String title, String text, List<String> entityNames) {
        Objects.requireNonNull(id, "id");
        return new LinkInput(new StoryInput(id, Published.instant(published), title, text, entityNames),
                Fingerprint.of(new DupInput(id, published, title, text)));
    }

    /** The same input under another id, for a caller that must tell apart articles given one id. */
    public LinkInput withId(String newId) {
        Objects.requireNonNull(newId, "newId");
        return new LinkInput(new StoryInput(newId, story.published(), story.title(), story.text(), story.entities()),
                fingerprint.withId(newId));
    }

    /** The article's id. */
    public String id() {
        return story.id();
    }

    /** Its publication time, or {@code null} when absent or not ISO-8601. */
    public Instant published() {
        return story.published();
    }

    StoryInput story() {
        return story;
    }

    Fingerprint fingerprint() {
        return fingerprint;
    }
}
