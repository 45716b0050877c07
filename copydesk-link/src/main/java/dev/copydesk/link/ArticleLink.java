package dev.copydesk.link;

import java.util.List;
import java.util.Objects;

/**
 * How one article is linked to the rest of a corpus.
 *
 * @param id                  the article's id
 * @param story               id of the story it belongs to (never null; a story of one is still a story)
 * @param duplicateOf         id of the original it copies, or {@code null} when it is an original
 * @param similarity          word-shingle Jaccard similarity to that original, 1.0 for exact copies and originals
 * @param differingParagraphs 0-based indices of this article's paragraphs not found in the original; empty for
 *                            originals
 */
public record ArticleLink(String id, String story, String duplicateOf, double similarity,
                          List<Integer> differingParagraphs) {

    /** Checks the required fields and copies the list. */
    public ArticleLink {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(story, "story");
        differingParagraphs = List.copyOf(differingParagraphs);
    }

    /** Whether this article copies another one. */
    public boolean isDuplicate() {
        return duplicateOf != null;
    }
}
