package dev.copydesk.link.dup;

import java.util.List;

/**
 * Where one article stands among its copies.
 *
 * @param id                   the article
 * @param duplicateOf          id of the original of its group, or {@code null} when the article is itself an
 *                             original (including an article with no copies)
 * @param similarity           Jaccard similarity of the article's word shingles to the original's, 1.0 for an
 *                             exact copy of the text (a new headline alone does not lower it); 1.0 for originals
 * @param differingParagraphs  0-based indices, among this article's non-blank paragraphs, of those whose words
 *                             do not occur as a paragraph of the original; empty for originals
 */
public record DuplicateLink(String id, String duplicateOf, double similarity, List<Integer> differingParagraphs) {

    /** Copies the paragraph list so the link stays immutable. */
    public DuplicateLink {
        differingParagraphs = List.copyOf(differingParagraphs);
    }

    /** Whether this article copies another one. */
    public boolean isDuplicate() {
        return duplicateOf != null;
    }
}
