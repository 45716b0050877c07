package dev.copydesk.link.story;

import dev.copydesk.annotate.Entity;
import dev.copydesk.annotate.Layers;
import dev.copydesk.core.Article;
import dev.copydesk.link.Published;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What story clustering reads of one article.
 *
 * @param id        the article's id, not null
 * @param published its publication time, or null when unknown
 * @param title     its title, or null
 * @param text      its body text, or null
 * @param entities  canonical names of the entities it mentions (repeats count), or null when the article was
 *                  not analysed; the clusterer counts them on top of the capitalised word sequences of the text
 */
public record StoryInput(String id, Instant published, String title, String text, List<String> entities) {

    /** Checks the id and copies the entity list. */
    public StoryInput {
        Objects.requireNonNull(id, "id");
        entities = entities == null ? null : List.copyOf(entities);
    }

    /**
     * The input of an article: its canonical entity names when it carries the
     * {@linkplain Layers#ENTITIES entities layer}, else null; its publication time when that parses as an
     * ISO-8601 date or date-time ({@link Published#instant}), else null.
     */
    public static StoryInput of(Article article) {
        Objects.requireNonNull(article, "article");
        List<String> entities = null;
        if (article.hasLayer(Layers.ENTITIES)) {
            entities = new ArrayList<>();
            for (Entity e : article.layer(Layers.ENTITIES, "stories")) {
                entities.add(e.canonical());
            }
        }
        return new StoryInput(article.id(), Published.instant(article.published()), article.title(), article.text(),
                entities);
    }
}
