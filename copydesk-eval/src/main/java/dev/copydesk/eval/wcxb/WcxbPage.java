package dev.copydesk.eval.wcxb;

import dev.copydesk.eval.extraction.PageFile;
import java.util.List;
import java.util.Objects;

/**
 * One benchmark page.
 *
 * @param page    the page's HTML file, id and URL
 * @param type    the page type ({@code _internal.page_type.primary}), e.g. {@code article}
 * @param gold    the gold main content; empty when the benchmark has none
 * @param with    snippets that should appear in the output
 * @param without boilerplate snippets that should not
 */
public record WcxbPage(PageFile page, String type, String gold, List<String> with, List<String> without) {
    public WcxbPage {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(gold, "gold");
        with = List.copyOf(with);
        without = List.copyOf(without);
    }
}
