package dev.copydesk.eval.aeb;

import dev.copydesk.eval.extraction.PageFile;
import java.util.Objects;

/**
 * One benchmark page.
 *
 * @param page the page's HTML file, id and URL
 * @param gold the gold article body; empty when the benchmark has none
 */
public record AebPage(PageFile page, String gold) {
    public AebPage {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(gold, "gold");
    }
}
