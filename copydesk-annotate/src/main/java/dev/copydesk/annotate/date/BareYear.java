package dev.copydesk.annotate.date;

import java.util.Locale;
import java.util.Set;

/**
 * Tells whether four bare digits in running text are a year ("in 1991") or a count ("2000 people").
 * {@link DateResolver} and the amount parser both ask this, so that Copydesk never reports the same
 * digits as both a date and a quantity.
 *
 * <p>The rule: exactly four ASCII digits, not glued to letters, digits or separators (so not part of
 * "1,115", "2.5", "0:00", "MH1700" or a code), not after a currency sign, and not followed by a
 * percent sign, a scale word ("million"), a unit or a plural noun ("2000 people", "1500 miles"). Values
 * 1900 to 2099 are years by default; 1000 to 1899 and 2100 to 2199 only after a word that introduces a
 * year ("in 1812", "since 1066", "from 1000 to 1200"), because bare numbers in that range are more
 * often counts or codes. Stateless and thread-safe.
 */
public final class BareYear {
    private static final Set<String> YEAR_CUES = Set.of("in", "since", "from", "until", "till", "by", "of", "to",
            "before", "after", "during", "year", "around", "circa", "c.", "between", "and", "early", "mid",
            "late", "summer", "winter", "spring", "autumn", "fall");
    private static final Set<String> COUNT_FOLLOWERS = Set.of("%", "per", "percent", "million", "billion",
            "thousand", "trillion", "hundred", "bn", "m", "km", "kg", "mph", "lb", "lbs", "people", "men", "women",
            "children", "staff", "police", "personnel", "sheep", "cattle", "aircraft", "feet", "ft");
    private static final Set<String> NOT_PLURAL = Set.of("was", "is", "has", "as", "this", "its", "his", "thus",
            "us", "yes", "does", "whereas", "unless", "besides", "versus", "always", "perhaps");

    private BareYear() {
    }

    /** Whether {@code text[start, end)} is a bare year by the rule above. Never throws for indices inside the text. */
    public static boolean isYear(CharSequence text, int start, int end) {
        if (start < 0 || end > text.length() || end - start != 4) {
            return false;
        }
        int value = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            value = value * 10 + (c - '0');
        }
        if (value < 1000 || value > 2199) {
            return false;
        }
        if (start > 0) {
            char p = text.charAt(start - 1);
            if (Character.isLetterOrDigit(p) || "£$€¥₽+#@/\\".indexOf(p) >= 0) {
                return false;
            }
            if ((p == ',' || p == '.' || p == ':' || p == '-') && start > 1 && isDigit(text.charAt(start - 2))) {
                return false;
            }
        }
        if (end < text.length()) {
            char n = text.charAt(end);
            if (Character.isLetterOrDigit(n) || n == '%') {
                return false;
            }
            if (n == '-' && end + 1 < text.length() && Character.isLetterOrDigit(text.charAt(end + 1))) {
                return false;
            }
            if ((n == ',' || n == '.' || n == ':' || n == '/') && end + 1 < text.length()
                    && isDigit(text.charAt(end + 1))) {
                return false;
            }
        }
        String prevWord = wordBefore(text, start);
        if (!prevWord.isEmpty() && isCurrencyCode(prevWord)) {
            return false;
        }
        if ((value < 1900 || value > 2099) && !YEAR_CUES.contains(prevWord.toLowerCase(Locale.ROOT))) {
            return false;
        }
        String next = wordAfter(text, end);
        String lower = next.toLowerCase(Locale.ROOT);
        if (COUNT_FOLLOWERS.contains(lower)) {
            return false;
        }
        return !(next.length() > 2 && Character.isLowerCase(next.charAt(0)) && looksPlural(lower));
    }

    private static boolean looksPlural(String w) {
        return w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")
                && !NOT_PLURAL.contains(w);
    }

    private static boolean isCurrencyCode(String w) {
        return w.equals("GBP") || w.equals("USD") || w.equals("EUR") || w.equals("RUB") || w.equals("JPY");
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The word (or single symbol) after {@code from}, skipping spaces and tabs but not line breaks. */
    static String wordAfter(CharSequence text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\u00A0')) {
            i++;
        }
        if (i >= text.length()) {
            return "";
        }
        if (!Character.isLetter(text.charAt(i))) {
            return String.valueOf(text.charAt(i));
        }
        int j = i;
        while (j < text.length() && j - i < 40 && Character.isLetter(text.charAt(j))) {
            j++;
        }
        return text.subSequence(i, j).toString();
    }

    /** The word (letters, plus a trailing dot as in "c.") before {@code to}, skipping spaces. */
    static String wordBefore(CharSequence text, int to) {
        int i = to;
        while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\u00A0')) {
            i--;
        }
        int j = i;
        if (j > 0 && text.charAt(j - 1) == '.') {
            j--;
        }
        int k = j;
        while (k > 0 && i - k < 40 && Character.isLetter(text.charAt(k - 1))) {
            k--;
        }
        return k == j ? "" : text.subSequence(k, i).toString();
    }
}
