package dev.copydesk.link;

import java.util.List;
import java.util.Objects;

/**
 * One story: articles about one real-world event.
 *
 * @param id       stable id of the story
 * @param label    a short human label: its most central headline, or its key words when no article has a title
 * @param articles ids of its articles, in arrival order
 */
public record StorySummary(String id, String label, List<String> articles) {

    /** Checks the required fields and copies the list. */
    public StorySummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        articles = List.copyOf(articles);
    }
}
