package dev.copydesk.index;

import java.util.List;

/**
 * An article's place among the others: its links, its story's size, and the articles that copy it.
 *
 * @param links  its stored links
 * @param size   how many articles its story has
 * @param copies ids of the articles whose original it is, in arrival order
 */
public record ArticleStory(ArticleLinks links, int size, List<String> copies) {
    /** Copies the list. */
    public ArticleStory {
        copies = List.copyOf(copies);
    }
}
