package dev.copydesk.index;

import java.util.List;
import java.util.Objects;

/**
 * How an article is linked to the rest of the index, as ingest stored it: its story and, when it copies
 * another article, that original.
 *
 * @param story               id of its story
 * @param storyLabel          the story's label
 * @param duplicateOf         id of the original it copies, or {@code null}
 * @param similarity          similarity to that original (1.0 for originals)
 * @param differingParagraphs 0-based indices of its paragraphs not in the original
 */
public record ArticleLinks(String story, String storyLabel, String duplicateOf, double similarity,
                           List<Integer> differingParagraphs) {

    /** Checks the required fields and copies the list. */
    public ArticleLinks {
        Objects.requireNonNull(story, "story");
        Objects.requireNonNull(storyLabel, "storyLabel");
        if (story.isEmpty()) {
            throw new IllegalArgumentException("story must not be empty");
        }
        differingParagraphs = List.copyOf(differingParagraphs);
    }
}
