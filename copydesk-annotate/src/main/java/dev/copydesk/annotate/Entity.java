package dev.copydesk.annotate;

import dev.copydesk.core.Annotation;
import java.util.Objects;

/**
 * A named-entity mention.
 *
 * @param start     first char of the mention, inclusive
 * @param end       after the last char
 * @param text      the mention as written ("Mr Gabbasov")
 * @param type      its kind
 * @param canonical the entity's fullest name in the article ("Ruslan Gabbasov")
 */
public record Entity(int start, int end, String text, EntityType type, String canonical) implements Annotation {
    public Entity {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(canonical, "canonical");
    }
}
