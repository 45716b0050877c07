package dev.copydesk.link.dup;

import java.util.Objects;

/**
 * One article as the {@link DuplicateFinder} sees it.
 *
 * @param id        unique, non-null identifier of the article within one call
 * @param published ISO-8601 date or date-time ({@code 2026-12-03}, {@code 2026-12-03T10:15:00Z}), or
 *                  {@code null}; a value that does not parse counts as undated
 * @param title     headline, may be {@code null}; it never decides whether two articles are copies
 * @param text      body, paragraphs separated by blank lines; {@code null} is read as empty
 */
public record DupInput(String id, String published, String title, String text) {

    /** Fails fast on a missing id; a missing text becomes empty. */
    public DupInput {
        Objects.requireNonNull(id, "id");
        text = text == null ? "" : text;
    }
}
