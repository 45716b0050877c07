package dev.copydesk.annotate;

import dev.copydesk.core.Annotation;
import java.util.Objects;

/**
 * A quantity: "£1,115" of body armour, "300,000 people", "four million Bashkirs".
 *
 * @param text   the amount as written
 * @param value  its numeric value (1115, 300000, 4000000)
 * @param unit   an ISO 4217 currency code ("GBP"), a unit ("mile", "percent"), or null for a count
 * @param object what is counted or priced ("body armour", "people"), or null
 */
public record Amount(int start, int end, String text, double value, String unit, String object) implements Annotation {
    public Amount {
        Objects.requireNonNull(text, "text");
    }
}
