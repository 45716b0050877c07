package dev.copydesk.eval.duplicates;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * One way an article derived from an original differs from it: a syndicated copy (a new headline, a paragraph
 * dropped, boilerplate added…) that duplicate detection must link to the original, or a look-alike (an excerpt)
 * that it must keep apart. Implementations are small, final and stateless; the {@link Random} makes them
 * deterministic for a seed.
 */
public interface CopyEdit {

    /** A short name for reports. */
    String name();

    /** Whether the result is a copy of the original (true, as for most edits) or a different article (false). */
    default boolean isCopy() {
        return true;
    }

    /**
     * The derived article, or {@code null} when the original is too short for this edit.
     *
     * @param material lines and words the edits draw from, and paragraphs of other articles
     */
    Derived apply(Original original, Random random, Material material);

    /** An edited headline and body. */
    record Derived(String title, String text) {
    }

    /**
     * What edits draw from.
     *
     * @param boilerplate lines syndication adds
     * @param synonyms    word swaps, lower case
     * @param fillers     paragraphs of other articles, to add
     */
    record Material(List<String> boilerplate, Map<String, String> synonyms, List<String> fillers) {
    }
}
