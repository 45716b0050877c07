package dev.copydesk.annotate.date;

import dev.copydesk.annotate.DateMention;
import dev.copydesk.core.Months;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds date mentions of each kind in a text and resolves them against an {@link Anchor}. Candidates may
 * overlap; {@link DateResolver} keeps the longest. Patterns are anchored on a month, weekday, digit or
 * fixed word and use bounded repetition only, so each scan is linear in the text. Stateless and
 * thread-safe.
 */
final class DateFinder {
    private static final String MONTHS = Months.pattern();
    private static final String WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    private static final String SP = "[ \\u00A0]";
    /** A dot after a month only when it abbreviates ("Sept. 21"), not a full stop after "May". */
    private static final String ABBR_DOT = "(?:(?<=" + String.join("|", Months.abbreviations()) + ")\\.)?";
    private static final String MOD = "(?:(?<mod>[Ee]arly|[Mm]id|[Ll]ate)(?:" + SP + "|-))?";
    private static final String DAY = "(?<day>[0-3]?[0-9])(?:st|nd|rd|th)?(?![\\p{L}\\p{N}])";
    private static final String YEAR = "(?:,?" + SP + "(?<year>[12][0-9]{3})(?![\\p{L}\\p{N}]|[.,:/-][0-9]))";

    private static final Pattern MONTH_FIRST = Pattern.compile("(?<![\\p{L}\\p{N}])(?:(?:" + WEEKDAYS + "),?" + SP
            + ")?" + MOD + "(?<mon>" + MONTHS + ")" + ABBR_DOT + "(?!\\p{L})(?:" + SP + DAY + ")?" + YEAR + "?");
    private static final Pattern DAY_FIRST = Pattern.compile("(?<![\\p{L}\\p{N}.,:/£$€¥₽-])(?:(?:" + WEEKDAYS
            + "),?" + SP + ")?" + DAY + SP + "(?:of" + SP + ")?(?<mon>" + MONTHS + ")" + ABBR_DOT + "(?!\\p{L})"
            + YEAR + "?");
    private static final Pattern ISO = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,:/-])(?<y>[12][0-9]{3})-(?<m>[01][0-9])-(?<d>[0-3][0-9])(?![\\p{L}\\p{N}]|[.,:/-][0-9])");
    private static final Pattern DECADE = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,:/£$€¥₽-])" + MOD + "(?<dec>1[0-9]{2}|20[0-9])0'?s(?![\\p{L}\\p{N}])");
    private static final Pattern BARE_YEAR = Pattern.compile("(?<![\\p{L}\\p{N}])" + MOD + "(?<year>[12][0-9]{3})(?![\\p{N}])");
    private static final Pattern DEICTIC = Pattern.compile("(?<![\\p{L}\\p{N}])(?<w>[Yy]esterday|[Tt]oday|[Tt]omorrow)(?!\\p{L})");
    private static final Pattern RELATIVE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?<rel>[Ll]ast|[Nn]ext|[Tt]his)" + SP + "(?<unit>week|month|year)(?!\\p{L})");
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:(?<rel>[Ll]ast|[Nn]ext|[Tt]his)" + SP + ")?(?<wd>" + WEEKDAYS + ")(?!\\p{L})");
    private static final Pattern AGO = Pattern.compile("(?<![\\p{L}\\p{N}])(?<n>[0-9]{1,2}|an?|one|two|three|four"
            + "|five|six|seven|eight|nine|ten)" + SP + "(?<unit>day|week|month|year)s?" + SP + "ago(?!\\p{L})");

    /** Words before a lone month name that make it a date ("in May") rather than a verb or name. */
    private static final Set<String> MONTH_CUES = Set.of("in", "since", "until", "till", "by", "from", "to",
            "of", "during", "before", "after", "last", "next", "this", "early", "mid", "late", "through", "throughout",
            "between", "and", "or", "end", "start", "beginning", "middle");
    private static final Set<String> FUTURE_CUES = Set.of("will", "shall", "'ll", "due", "set", "plans", "planned",
            "expected", "scheduled", "going");

    private DateFinder() {
    }

    static void find(String text, Anchor anchor, List<DateMention> out) {
        monthFirst(text, anchor, out);
        dayFirst(text, anchor, out);
        iso(text, out);
        decades(text, out);
        bareYears(text, out);
        relative(text, anchor, out);
    }

    private static void monthFirst(String text, Anchor anchor, List<DateMention> out) {
        Matcher m = MONTH_FIRST.matcher(text);
        while (m.find()) {
            int month = Months.number(m.group("mon"));
            String day = m.group("day");
            String year = m.group("year");
            String value;
            if (day != null) {
                value = dayValue(anchor, year, month, Integer.parseInt(day));
            } else if (year != null) {
                value = year + String.format("-%02d", month);
            } else if (m.group("mod") != null || monthCue(text, m.start("mon"), m.group("mon"))) {
                String cue = BareYear.wordBefore(text, m.start()).toLowerCase(Locale.ROOT);
                value = anchor.month(month, cue.equals("since") || cue.equals("last"));
            } else {
                continue;
            }
            add(out, text, m.start(), m.end(), value);
        }
    }

    private static void dayFirst(String text, Anchor anchor, List<DateMention> out) {
        Matcher m = DAY_FIRST.matcher(text);
        while (m.find()) {
            add(out, text, m.start(), m.end(),
                    dayValue(anchor, m.group("year"), Months.number(m.group("mon")), Integer.parseInt(m.group("day"))));
        }
    }

    private static void iso(String text, List<DateMention> out) {
        Matcher m = ISO.matcher(text);
        while (m.find()) {
            add(out, text, m.start(), m.end(), date(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("m")),
                    Integer.parseInt(m.group("d"))));
        }
    }

    private static void decades(String text, List<DateMention> out) {
        Matcher m = DECADE.matcher(text);
        while (m.find()) {
            add(out, text, m.start(), m.end(), m.group("dec"));
        }
    }

    private static void bareYears(String text, List<DateMention> out) {
        Matcher m = BARE_YEAR.matcher(text);
        while (m.find()) {
            if (BareYear.isYear(text, m.start("year"), m.end("year"))) {
                add(out, text, m.start(), m.end(), m.group("year"));
            }
        }
    }

    private static void relative(String text, Anchor anchor, List<DateMention> out) {
        if (!anchor.known()) {
            return;
        }
        Matcher m = DEICTIC.matcher(text);
        while (m.find()) {
            String w = m.group("w").toLowerCase(Locale.ROOT);
            add(out, text, m.start(), m.end(), anchor.day(w.equals("yesterday") ? -1 : w.equals("today") ? 0 : 1));
        }
        m = RELATIVE.matcher(text);
        while (m.find()) {
            int offset = offset(m.group("rel"));
            String value = switch (m.group("unit")) {
                case "week" -> anchor.week(offset);
                case "month" -> anchor.monthOffset(offset);
                default -> anchor.year(offset);
            };
            add(out, text, m.start(), m.end(), value);
        }
        m = WEEKDAY.matcher(text);
        while (m.find()) {
            DayOfWeek dow = DayOfWeek.valueOf(m.group("wd").toUpperCase(Locale.ROOT));
            int offset = m.group("rel") == null ? 0 : offset(m.group("rel"));
            add(out, text, m.start(), m.end(), anchor.weekday(dow, offset, futureBefore(text, m.start())));
        }
        m = AGO.matcher(text);
        while (m.find()) {
            int n = -count(m.group("n"));
            String value = switch (m.group("unit")) {
                case "day" -> anchor.day(n);
                case "week" -> anchor.week(n);
                case "month" -> anchor.monthOffset(n);
                default -> anchor.year(n);
            };
            add(out, text, m.start(), m.end(), value);
        }
    }

    private static String dayValue(Anchor anchor, String year, int month, int day) {
        return year == null ? anchor.monthDay(month, day) : date(Integer.parseInt(year), month, day);
    }

    private static String date(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean monthCue(String text, int start, String month) {
        String before = BareYear.wordBefore(text, start).toLowerCase(Locale.ROOT);
        if (!MONTH_CUES.contains(before)) {
            return false;
        }
        // "May" after "by" or "to" is as often the verb or a name ("to May's office"); ask for a stronger cue.
        return !month.equals("May") || !(before.equals("to") || before.equals("and") || before.equals("or"));
    }

    /** Whether the few words before {@code at}, in the same sentence, point to the future ("will meet on"). */
    private static boolean futureBefore(String text, int at) {
        int from = Math.max(0, at - 60);
        for (int i = at - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '\n') {
                from = i + 1;
                break;
            }
        }
        String window = text.substring(from, at).toLowerCase(Locale.ROOT);
        for (String w : window.split("[^a-z']+")) {
            if (FUTURE_CUES.contains(w) || w.endsWith("'ll")) {
                return true;
            }
        }
        return false;
    }

    private static int offset(String rel) {
        return switch (rel.toLowerCase(Locale.ROOT)) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
    }

    private static int count(String n) {
        return switch (n) {
            case "a", "an", "one" -> 1;
            case "two" -> 2;
            case "three" -> 3;
            case "four" -> 4;
            case "five" -> 5;
            case "six" -> 6;
            case "seven" -> 7;
            case "eight" -> 8;
            case "nine" -> 9;
            case "ten" -> 10;
            default -> Integer.parseInt(n);
        };
    }

    private static void add(List<DateMention> out, String text, int start, int end, String value) {
        if (value != null) {
            out.add(new DateMention(start, end, text.substring(start, end), value));
        }
    }
}
