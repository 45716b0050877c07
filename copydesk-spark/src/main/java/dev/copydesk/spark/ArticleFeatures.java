package dev.copydesk.spark;

import dev.copydesk.annotate.Entity;
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
 * @param entities the article's entities layer, in its order (offsets into {@code text}), or null when the
 *                 article carries none (then stories link on its words alone)
 */
public record ArticleFeatures(String input, int record, String id, String source, String title,
                              String published, String text, List<Entity> entities) {
    public ArticleFeatures {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        entities = entities == null ? null : List.copyOf(entities);
    }

    /** The same article under another id. */
    public ArticleFeatures withId(String id) {
        return new ArticleFeatures(input, record, id, source, title, published, text, entities);
    }
}
