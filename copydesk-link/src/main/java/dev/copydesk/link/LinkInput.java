package dev.copydesk.link;

import dev.copydesk.core.Article;
import dev.copydesk.link.dup.DupInput;
import dev.copydesk.link.dup.Fingerprint;
import java.time.Instant;
import java.util.Objects;

/**
 * One article as a {@link Linker} takes it: what story clustering reads and the duplicate {@link Fingerprint},
 * without the article's annotation layers. Building one ({@link #of}) does the expensive, order-free part of
 * linking (shingles, MinHash), so callers do it on worker threads and hand the inputs to one linker in order.
 * Immutable and thread-safe.
 */
public final class LinkInput {
    private final String id;
    private final String title;
    private final String text;
    private final Instant published;
    private final Fingerprint fingerprint;

    private LinkInput(String id, String title, String text, Instant published, Fingerprint fingerprint) {
        this.id = id;
        this.title = title;
        this.text = text;
        this.published = published;
        this.fingerprint = fingerprint;
    }

    /** What the linker needs of a cleaned (and, for entity-aware stories, analysed) article. */
    public static LinkInput of(Article article) {
        Objects.requireNonNull(article, "article");
        return new LinkInput(article.id(), article.title(), article.text(), Linker.instant(article.published()),
                Fingerprint.of(new DupInput(article.id(), article.published(), article.title(), article.text())));
    }

    /** The same input under another id, for a caller that must tell apart articles given one id. */
    public LinkInput withId(String newId) {
        Objects.requireNonNull(newId, "newId");
        return new LinkInput(newId, title, text, published, fingerprint.withId(newId));
    }

    /** The article's id. */
    public String id() {
        return id;
    }

    /** Its publication time, or {@code null} when absent or not ISO-8601. */
    public Instant published() {
        return published;
    }

    String title() {
        return title;
    }

    String text() {
        return text;
    }

    Fingerprint fingerprint() {
        return fingerprint;
    }
}
