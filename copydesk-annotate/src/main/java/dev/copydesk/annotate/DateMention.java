package dev.copydesk.annotate;

import dev.copydesk.core.Annotation;
import java.util.Objects;

/**
 * A date or period mentioned in the text.
 *
 * @param text  the mention as written ("September 21", "late September", "1991")
 * @param value ISO-8601 value, resolved against the publication date when it is known
 *              ("2022-09-21", "2022-09", "1991")
 */
public record DateMention(int start, int end, String text, String value) implements Annotation {
    public DateMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
    }
}
