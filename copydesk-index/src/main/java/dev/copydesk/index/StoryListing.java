package dev.copydesk.index;

import java.util.List;

/**
 * One story as lists show it.
 *
 * @param id          the story's id
 * @param label       its label
 * @param articles    how many articles it has
 * @param outlets     its outlets, the most frequent first
 * @param first       day of its earliest dated article (ISO date), or {@code null}
 * @param last        day of its latest dated article (ISO date), or {@code null}
 * @param keyEntities the canonical names its articles mention most, with how many of its articles mention each
 */
public record StoryListing(String id, String label, int articles, List<String> outlets, String first, String last,
                           List<FacetValue> keyEntities) {
    /** Copies the lists. */
    public StoryListing {
        outlets = List.copyOf(outlets);
        keyEntities = List.copyOf(keyEntities);
    }
}
