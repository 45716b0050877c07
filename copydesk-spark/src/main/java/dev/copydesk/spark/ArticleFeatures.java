package dev.copydesk.spark;

import java.util.List;
import java.util.Objects;

/**
 * The little of an analysed article that linking needs, collected from the executors to the driver:
 * where it is in the input order, what names it, and the fields the {@link dev.copydesk.link.Linker}
 * reads (title, publication date, clean text, and the entities, whose canonical names story features count as
 * {@code copydesk stories} does). Never the other annotations.
 *
 * @param input    the input file, as listed
 * @param record   its ordinal among the rows of that file
 * @param entityNames the canonical names of the article's entities, in the layer's order (repeats count), or null
 *                    when the article was not analysed (then stories link on its words alone); the names alone,
 *                    not the entities, as they are all story grouping reads and the driver holds every article
 */
public record ArticleFeatures(String input, int record, String id, String source, String title,
                              String published, String text, List<String> entityNames) implements java.io.Serializable {
    public ArticleFeatures {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        entityNames = entityNames == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(entityNames));
    }

    /** The same article under another id. */
    public ArticleFeatures withId(String id) {
        return new ArticleFeatures(input, record, id, source, title, published, text, entityNames);
    }
}
