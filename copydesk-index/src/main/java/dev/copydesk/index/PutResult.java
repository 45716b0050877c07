package dev.copydesk.index;

/** What {@link ArticleIndex#put} did with an article. */
public enum PutResult {
    /** A new article. */
    ADDED,
    /** An article with the same id was replaced. */
    REPLACED,
    /** An article with the same id and the same content was already there; nothing changed. */
    UNCHANGED
}
