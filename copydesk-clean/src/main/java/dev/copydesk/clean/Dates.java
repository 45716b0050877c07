package dev.copydesk.clean;

import dev.copydesk.core.Months;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises machine-readable dates found in pages to ISO-8601. Only unambiguous forms are read
 * (ISO-8601 and its common relaxations, {@code yyyy/mm/dd}, {@code yyyymmdd}, RFC 1123, and dates with the
 * month written out: "September 12, 2016", "12 Sept 2016"); anything
 * else gives {@code null}, never a guess. Stateless and thread-safe.
 */
public final class Dates {
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})"
            + "(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(Z|z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?)?");
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "(?i)([a-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(?i)(\\d{1,2})(?:st|nd|rd|th)?\\s+([a-z]{3,9})\\.?,?\\s+(\\d{4})");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:T?(\\d{2})(\\d{2})(\\d{2})?Z?)?");

    private Dates() {
    }

    /** The ISO-8601 form of {@code raw}, or {@code null} when it is not an unambiguous date. */
    public static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip();
        if (s.isEmpty() || s.length() > 64) {
            return null;
        }
        try {
            Matcher m = ISO.matcher(s);
            if (m.matches()) {
                return build(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6), m.group(7));
            }
            m = COMPACT.matcher(s);
            if (m.matches()) {
                return build(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6),
                        m.group(4) != null && s.endsWith("Z") ? "Z" : null);
            }
            m = MONTH_FIRST.matcher(s);
            if (m.matches() && Months.number(m.group(1)) > 0) {
                return build(m.group(3), Integer.toString(Months.number(m.group(1))), m.group(2), null, null, null, null);
            }
            m = DAY_FIRST.matcher(s);
            if (m.matches() && Months.number(m.group(2)) > 0) {
                return build(m.group(3), Integer.toString(Months.number(m.group(2))), m.group(1), null, null, null, null);
            }
            if (Character.isLetter(s.charAt(0)) && s.indexOf(',') > 0) {
                return OffsetDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toString();
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    private static String build(String y, String mo, String d, String h, String mi, String sec, String zone) {
        LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
        if (date.getYear() < 1900 || date.getYear() > 2200) {
            return null;
        }
        if (h == null) {
            return date.toString();
        }
        LocalDateTime time = date.atTime(Integer.parseInt(h), Integer.parseInt(mi), sec == null ? 0 : Integer.parseInt(sec));
        // Formatted by hand: the same text as ISO_LOCAL_DATE_TIME, at a fraction of the cost.
        String local = date + "T" + two(time.getHour()) + ":" + two(time.getMinute()) + ":" + two(time.getSecond());
        if (zone == null) {
            return local;
        }
        ZoneOffset offset;
        if (zone.equalsIgnoreCase("Z") || zone.equals("UTC") || zone.equals("GMT")) {
            offset = ZoneOffset.UTC;
        } else {
            String z = zone.replace(":", "");
            int hours = Integer.parseInt(z.substring(1, 3));
            int minutes = z.length() >= 5 ? Integer.parseInt(z.substring(3, 5)) : 0;
            int sign = z.charAt(0) == '-' ? -1 : 1;
            offset = ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
        }
        return local + offset.getId();
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
