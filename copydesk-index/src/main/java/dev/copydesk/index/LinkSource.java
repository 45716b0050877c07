package dev.copydesk.index;

import dev.copydesk.annotate.Entity;
import java.util.List;

/**
 * What linking reads of one stored article, in arrival order (see {@link ArticleIndex#forEachLinkSource}).
 *
 * @param id        the article's id
 * @param published its publication date as stored, or {@code null}
 * @param title     its title, or {@code null}
 * @param text      its cleaned text
 * @param entities  its entity mentions
 * @param links     its links as stored now, or {@code null} when it was not linked yet
 */
public record LinkSource(String id, String published, String title, String text, List<Entity> entities,
                         ArticleLinks links) {
    /** Copies the list. */
    public LinkSource {
        entities = List.copyOf(entities);
    }
}
