package dev.copydesk.link.story;

import java.util.List;
import java.util.Objects;

/**
 * One story after the clusterer's final merges.
 *
 * @param id       the story's id: that of its oldest part, {@code "s"} + the id of the article that started it
 * @param label    the title of the member closest to the story's centroid, else its heaviest words
 * @param articles ids of its articles, in arrival order
 */
public record StoryGroup(String id, String label, List<String> articles) {

    /** Checks the fields and copies the list. */
    public StoryGroup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        articles = List.copyOf(articles);
    }
}
