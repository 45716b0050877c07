package dev.copydesk.link.story;

import dev.copydesk.annotate.Entity;
import dev.copydesk.annotate.Layers;
import dev.copydesk.core.Article;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
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
 *                  not analysed: the clusterer then takes capitalised word sequences of the text instead
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
     * ISO-8601 date or date-time with offset, else null.
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
        return new StoryInput(article.id(), instant(article.published()), article.title(), article.text(), entities);
    }

    /** A publication date or date-time as an instant, or {@code null} when absent or not ISO-8601. */
    public static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return v.length() == 10 ? LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
