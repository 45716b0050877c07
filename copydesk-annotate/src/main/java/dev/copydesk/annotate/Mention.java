package dev.copydesk.annotate;

import dev.copydesk.core.Annotation;
import java.util.Objects;

/**
 * A named-entity mention before linking: where it is, what it says, what kind the tagger says it is.
 * The {@link Layers#MENTIONS} layer holds them; entity linking turns them into {@link Entity}s.
 *
 * @param start first char, inclusive
 * @param end   after the last char
 * @param text  the mention as written
 * @param type  its kind
 */
public record Mention(int start, int end, String text, EntityType type) implements Annotation {
    public Mention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid mention span [" + start + ", " + end + ")");
        }
    }
}
