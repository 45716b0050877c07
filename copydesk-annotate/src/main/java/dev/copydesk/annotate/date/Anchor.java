package dev.copydesk.annotate.date;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * The publication date that relative and year-less mentions are resolved against, or none. Immutable.
 *
 * <p>Year choice: a month-day or month without a year takes the year (publication year, one before or
 * one after) that puts it nearest the publication date; on a tie the earlier one wins, since news
 * reports more often look back than ahead.
 */
final class Anchor {
    static final Anchor NONE = new Anchor(null);

    private final LocalDate date;

    private Anchor(LocalDate date) {
        this.date = date;
    }

    /** Parses an ISO-8601 date or date-time ("2022-10-05", "2022-10-05T08:00:00Z"); anything else is no anchor. */
    static Anchor of(String published) {
        if (published == null || published.length() < 10) {
            return NONE;
        }
        String head = published.strip();
        if (head.length() < 10 || head.charAt(4) != '-' || head.charAt(7) != '-') {
            return NONE;
        }
        try {
            return new Anchor(LocalDate.parse(head.substring(0, 10)));
        } catch (DateTimeException e) {
            return NONE;
        }
    }

    boolean known() {
        return date != null;
    }

    /** ISO value of month-day: nearest year when anchored, else the recurring form "--MM-DD"; null when invalid. */
    String monthDay(int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        if (date == null) {
            return day <= YearMonth.of(2000, month).lengthOfMonth() ? String.format("--%02d-%02d", month, day) : null;
        }
        LocalDate best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int y = date.getYear() - 1; y <= date.getYear() + 1; y++) {
            if (!fourDigit(y) || day > YearMonth.of(y, month).lengthOfMonth()) {
                continue;
            }
            LocalDate d = LocalDate.of(y, month, day);
            long distance = Math.abs(ChronoUnit.DAYS.between(date, d));
            if (distance < bestDistance) {
                best = d;
                bestDistance = distance;
            }
        }
        return best == null ? null : best.toString();
    }

    /**
     * ISO value of a month without a year: nearest year when anchored, or with {@code past} ("since May",
     * "last May") the latest one that began by the publication date; "--MM" when not anchored.
     */
    String month(int month, boolean past) {
        if (date == null) {
            return String.format("--%02d", month);
        }
        YearMonth best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int y = date.getYear() - 1; y <= date.getYear() + 1; y++) {
            YearMonth ym = YearMonth.of(y, month);
            long distance = 0;
            if (!fourDigit(y) || past && date.isBefore(ym.atDay(1))) {
                continue;
            }
            if (date.isBefore(ym.atDay(1))) {
                distance = ChronoUnit.DAYS.between(date, ym.atDay(1));
            } else if (date.isAfter(ym.atEndOfMonth())) {
                distance = ChronoUnit.DAYS.between(ym.atEndOfMonth(), date);
            }
            if (distance < bestDistance) {
                best = ym;
                bestDistance = distance;
            }
        }
        return best == null ? null : best.toString();
    }

    /** The day {@code offset} days from publication, or null when unanchored. */
    String day(int offset) {
        return date == null ? null : iso(date.plusDays(offset));
    }

    /** The ISO week ("2022-W39") {@code offset} weeks from publication's week, or null. */
    String week(int offset) {
        if (date == null) {
            return null;
        }
        LocalDate d = date.plusWeeks(offset);
        if (!fourDigit(d.get(IsoFields.WEEK_BASED_YEAR))) {
            return null;
        }
        return String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The month ("2022-08") {@code offset} months from publication's month, or null. */
    String monthOffset(int offset) {
        if (date == null) {
            return null;
        }
        YearMonth ym = YearMonth.from(date).plusMonths(offset);
        return fourDigit(ym.getYear()) ? ym.toString() : null;
    }

    /** The year {@code offset} years from publication's, or null. */
    String year(int offset) {
        if (date == null) {
            return null;
        }
        int year = date.getYear() + offset;
        return fourDigit(year) ? String.format("%04d", year) : null;
    }

    /**
     * A weekday relative to publication: direction -1 is the last one strictly before ("last Monday"),
     * +1 the next one strictly after ("next Monday"), 0 the nearest one on or before the publication
     * date ("on Monday" in a report), or on or after it when {@code future} ("will meet on Monday").
     */
    String weekday(DayOfWeek dow, int direction, boolean future) {
        if (date == null) {
            return null;
        }
        LocalDate d;
        if (direction < 0) {
            d = date.with(TemporalAdjusters.previous(dow));
        } else if (direction > 0) {
            d = date.with(TemporalAdjusters.next(dow));
        } else if (future) {
            d = date.with(TemporalAdjusters.nextOrSame(dow));
        } else {
            d = date.with(TemporalAdjusters.previousOrSame(dow));
        }
        return iso(d);
    }

    /**
     * Whether a year has the four digits an ISO-8601 value carries without the expanded form
     * ("+10000-01-03", "-0002"), which Copydesk's values never take: a publication date at the edge of
     * the calendar ("9999-12-31") resolves "next Monday" to nothing rather than to year 10000.
     */
    private static boolean fourDigit(int year) {
        return year >= 0 && year <= 9999;
    }

    private static String iso(LocalDate d) {
        return fourDigit(d.getYear()) ? d.toString() : null;
    }
}
