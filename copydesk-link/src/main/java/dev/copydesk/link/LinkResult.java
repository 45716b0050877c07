package dev.copydesk.link;

import java.util.List;

/**
 * What a {@link Linker} found.
 *
 * @param articles one link per article, in arrival order
 * @param stories  every story, in the order they started
 */
public record LinkResult(List<ArticleLink> articles, List<StorySummary> stories) {

    /** Copies the lists. */
    public LinkResult {
        articles = List.copyOf(articles);
        stories = List.copyOf(stories);
    }
}
