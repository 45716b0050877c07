package dev.copydesk.link;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Comparator;

/**
 * Publication dates as the linkers order them: an ISO-8601 date-time with an offset, a local date-time
 * (read as UTC) or a date (its start, UTC) is an instant, so "2024-03-04T23:00:00-05:00" comes after
 * "2024-03-05T01:00:00Z"; anything else, and a missing date, is undated. Stateless and thread-safe.
 */
public final class Published {
    /** Dated before undated, earlier first; undated values, and equal instants, compare equal. */
    public static final Comparator<String> ORDER = Comparator.nullsLast(
            Comparator.comparing(Published::instant, Comparator.nullsLast(Comparator.naturalOrder())));

    private Published() {
    }

    /** The instant of {@code value}, or {@code null} when it is absent or not ISO-8601. */
    public static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            // Tell the form by its shape, so that ordering many values throws no exceptions.
            int t = v.indexOf('T');
            if (t < 0) {
                return LocalDate.parse(v).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            boolean offset = v.endsWith("Z") || v.indexOf('+', t) > 0 || v.indexOf('-', t) > 0;
            return offset ? OffsetDateTime.parse(v).toInstant() : LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
