package dev.copydesk.eval.extraction;

import java.util.Objects;

/**
 * A page held in memory, for timing runs that must not read files.
 *
 * @param id   identifier within its benchmark or folder
 * @param url  the page URL, or {@code null}
 * @param html the page
 */
public record Page(String id, String url, String html) implements PageSource {
    public Page {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(html, "html");
    }
}
