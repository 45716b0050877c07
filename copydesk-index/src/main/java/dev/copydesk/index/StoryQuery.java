package dev.copydesk.index;

import java.time.LocalDate;

/**
 * Which stories to list: those with at least one article matching {@code text} (query syntax as in
 * {@link SearchQuery}; blank for any), mentioning the entity with canonical name {@code entity}
 * (case-insensitive; null or blank for any) and published within the inclusive date range.
 */
public record StoryQuery(String text, String entity, LocalDate from, LocalDate to, int offset, int limit) {
    /** Most stories one page lists. */
    public static final int MAX_LIMIT = 100;

    /** Checks the paging and the range. */
    public StoryQuery {
        text = text == null ? "" : text;
        entity = entity == null || entity.isBlank() ? null : entity;
        if (offset < 0 || offset > ArticleIndex.MAX_WINDOW) {
            throw new IllegalArgumentException("offset must be between 0 and " + ArticleIndex.MAX_WINDOW);
        }
        if (limit < 0 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 0 and " + MAX_LIMIT);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
    }

    /** Whether it lists every story. */
    boolean all() {
        return text.isBlank() && entity == null && from == null && to == null;
    }
}
