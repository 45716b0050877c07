package dev.copydesk.annotate.amount;

import java.util.Map;
import java.util.Set;

/**
 * Reads one number at a token: digits ("1,115", "2.5", "€40m", "$2.5bn") or number words ("four
 * million", "ninety-nine", "two hundred and fifty", "a dozen"), with a following scale word ("1.2
 * million"). Rejects what only looks like a number: ordinals ("21st", "seventh" is not in the
 * vocabulary), times ("0:00"), codes and phone numbers ("020 7946", "+8", "MH17", "COVID-19"), versions
 * ("1.2.3"), list numbering at the start of a line ("1."), digit runs too long to be a quantity, and
 * vague plurals ("dozens of", "thousands of"). Stateless.
 */
final class Numbers {
    /** Longest digit string taken as a quantity; longer runs are identifiers. */
    static final int MAX_DIGITS = 15;

    static final Map<String, Integer> SMALL = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19));
    static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
    static final Map<String, Double> SCALES = Map.of("thousand", 1e3, "million", 1e6, "billion", 1e9,
            "trillion", 1e12);
    /** Scale suffixes written against the digits ("€40m", "$2.5bn", "£300k"). */
    private static final Map<String, Double> SUFFIXES = Map.of("m", 1e6, "mn", 1e6, "bn", 1e9, "k", 1e3,
            "tn", 1e12, "trn", 1e12);
    private static final Set<String> VAGUE = Set.of("dozens", "scores", "hundreds", "thousands", "millions",
            "billions", "trillions", "tens");

    /**
     * A number read from tokens {@code [first, end)}.
     *
     * @param unit a unit written against the digits ("km" in "40km"), or null
     * @param plainDigits whether it is bare digits with no separators, scale or suffix (a candidate year)
     */
    record Read(int first, int end, double value, String unit, boolean plainDigits) {
    }

    private Numbers() {
    }

    /** The number starting at token {@code i}, or null when there is none there. */
    static Read read(Tokens t, int i) {
        if (t.is(i, Tokens.NUM)) {
            return digits(t, i);
        }
        if (t.is(i, Tokens.WORD)) {
            return words(t, i);
        }
        return null;
    }

    /**
     * Whether the digits at token {@code i} belong to a run of codes, times or ranges ("020 7946 0000",
     * "1:09", "5-10", "21/09"): two digit tokens joined by a separator or a space.
     */
    static boolean inCodeRun(Tokens t, int i) {
        boolean before = t.is(i - 1, Tokens.NUM)
                || (t.is(i - 2, Tokens.NUM) && !t.gapBefore(i) && !t.gapBefore(i - 1) && joiner(t, i - 1));
        boolean after = (t.is(i + 1, Tokens.NUM) && !t.word(i + 1).contains(","))
                || (t.is(i + 2, Tokens.NUM) && !t.gapBefore(i + 1) && !t.gapBefore(i + 2) && joiner(t, i + 1));
        return before || after;
    }

    private static boolean joiner(Tokens t, int i) {
        return t.sym(i, ':') || t.sym(i, '/') || t.sym(i, '-') || t.sym(i, '.') || t.sym(i, '–');
    }

    private static Read digits(Tokens t, int i) {
        String s = t.word(i);
        if (s.length() > MAX_DIGITS + 8 || !wellFormed(s) || inCodeRun(t, i)) {
            return null;
        }
        if (!t.gapBefore(i) && (t.is(i - 1, Tokens.WORD) || t.sym(i - 1, '+') || t.sym(i - 1, '#')
                || t.sym(i - 1, '-') || t.sym(i - 1, '−'))) {
            return null;
        }
        if (i == 0 && (t.sym(1, '.') || t.sym(1, ')')) && !t.gapBefore(1)) {
            return null;
        }
        double value = Double.parseDouble(s.replace(",", ""));
        int end = i + 1;
        String unit = null;
        boolean plain = s.indexOf(',') < 0 && s.indexOf('.') < 0;
        if (t.is(end, Tokens.WORD) && !t.gapBefore(end)) {
            String suffix = t.lower(end);
            Double scale = SUFFIXES.get(suffix);
            if (scale != null) {
                value *= scale;
            } else if (suffix.equals("km") || suffix.equals("kg") || suffix.equals("mph")) {
                unit = suffix;
            } else if (suffix.equals("percent")) {
                return new Read(i, end, value, null, false);
            } else {
                return null;
            }
            end++;
            plain = false;
        }
        Double scale = SCALES.get(t.lower(end));
        if (scale != null && unit == null && t.gapBefore(end)) {
            value *= scale;
            end++;
            plain = false;
        } else if (t.lower(end).equals("dozen") && unit == null) {
            value *= 12;
            end++;
            plain = false;
        }
        return new Read(i, end, value, unit, plain);
    }

    /** Digits alone, or in groups of three after commas, with at most one decimal point. */
    private static boolean wellFormed(String s) {
        int dot = s.indexOf('.');
        if (dot >= 0 && s.indexOf('.', dot + 1) >= 0) {
            return false;
        }
        String whole = dot < 0 ? s : s.substring(0, dot);
        if (dot >= 0 && s.indexOf(',', dot) >= 0) {
            return false;
        }
        if (whole.length() > 1 && whole.charAt(0) == '0') {
            return false;
        }
        int digits = 0;
        int group = -1;
        for (int k = 0; k < whole.length(); k++) {
            char c = whole.charAt(k);
            if (c == ',') {
                if ((group < 0 && (k == 0 || k > 3)) || (group >= 0 && group != 3)) {
                    return false;
                }
                group = 0;
            } else {
                digits++;
                if (group >= 0) {
                    group++;
                }
            }
        }
        return (group < 0 || group == 3) && digits <= MAX_DIGITS;
    }

    private static Read words(Tokens t, int i) {
        String first = t.lower(i);
        if (VAGUE.contains(first)) {
            return null;
        }
        int j = i;
        double total = 0;
        double current = 0;
        boolean any = false;
        boolean lastSmall = false;
        boolean lastTens = false;
        if (first.equals("a") || first.equals("an")) {
            String next = t.lower(i + 1);
            if (!next.equals("hundred") && !next.equals("dozen") && !SCALES.containsKey(next)) {
                return null;
            }
            current = 1;
            j++;
        } else if (first.equals("half") && t.lower(i + 1).equals("a") && SCALES.containsKey(t.lower(i + 2))) {
            return new Read(i, i + 3, 0.5 * SCALES.get(t.lower(i + 2)), null, false);
        }
        while (t.is(j, Tokens.WORD)) {
            String w = t.lower(j);
            int small = smallValue(w);
            if (small > 0) {
                if (lastSmall && !(lastTens && small < 10)) {
                    break;
                }
                current += small;
                lastTens = !lastSmall && TENS.containsKey(w);
                lastSmall = true;
            } else if (w.equals("hundred")) {
                current = (current == 0 ? 1 : current) * 100;
                lastSmall = false;
            } else if (w.equals("dozen")) {
                current = (current == 0 ? 1 : current) * 12;
                lastSmall = false;
            } else if (SCALES.containsKey(w)) {
                total += (current == 0 ? 1 : current) * SCALES.get(w);
                current = 0;
                lastSmall = false;
            } else if (w.equals("and") && any && !lastSmall && smallValue(t.lower(j + 1)) > 0) {
                j++;
                continue;
            } else {
                break;
            }
            any = true;
            j++;
        }
        if (!any || VAGUE.contains(t.lower(j)) || (j == i + 1 && first.equals("one"))) {
            return null;
        }
        return new Read(i, j, total + current, null, false);
    }

    /** The value of "seven", "twenty" or "twenty-five", or 0 when the word is none of these. */
    static int smallValue(String w) {
        Integer v = SMALL.get(w);
        if (v != null) {
            return v;
        }
        v = TENS.get(w);
        if (v != null) {
            return v;
        }
        int dash = w.indexOf('-');
        if (dash > 0) {
            Integer tens = TENS.get(w.substring(0, dash));
            Integer unit = SMALL.get(w.substring(dash + 1));
            if (tens != null && unit != null && unit < 10) {
                return tens + unit;
            }
        }
        return 0;
    }
}
