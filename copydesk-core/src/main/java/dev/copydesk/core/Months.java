package dev.copydesk.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one table of English month names every module reads: the full names, the three-letter forms
 * ("Jan" … "Dec") and "Sept". Stateless and thread-safe.
 */
public final class Months {
    private static final List<String> NAMES = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");
    /** "Sept" is the one four-letter abbreviation in common use. */
    private static final String SEPT = "Sept";
    private static final List<String> ABBREVIATIONS;
    private static final String PATTERN;

    static {
        List<String> abbr = new ArrayList<>();
        for (String n : NAMES) {
            if (n.length() > 3) {
                abbr.add(n.substring(0, 3));
            }
            if (n.equals("September")) {
                abbr.add(SEPT);
            }
        }
        ABBREVIATIONS = List.copyOf(abbr);
        List<String> alternatives = new ArrayList<>(NAMES);
        alternatives.add(SEPT);
        for (String a : ABBREVIATIONS) {
            if (!a.equals(SEPT)) {
                alternatives.add(a);
            }
        }
        PATTERN = String.join("|", alternatives);
    }

    private Months() {
    }

    /** The twelve full names, January first, capitalised. */
    public static List<String> names() {
        return NAMES;
    }

    /** The abbreviations, capitalised, in month order: Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec ("May" is only a name). */
    public static List<String> abbreviations() {
        return ABBREVIATIONS;
    }

    /**
     * A regular-expression alternation of every capitalised form, full names first so the longest
     * form wins: {@code January|…|December|Sept|Jan|…|Dec}. Contains no groups.
     */
    public static String pattern() {
        return PATTERN;
    }

    /** 1-12 for a month's full name, three-letter form or "Sept", in any case; else 0. */
    public static int number(String word) {
        if (word == null) {
            return 0;
        }
        String w = word.toLowerCase(Locale.ROOT);
        for (int i = 0; i < NAMES.size(); i++) {
            String name = NAMES.get(i).toLowerCase(Locale.ROOT);
            if (name.equals(w) || w.length() == 3 && name.startsWith(w) || i == 8 && w.equals("sept")) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * Whether {@code word} is a month written as in running text: a full name or abbreviation,
     * capitalised exactly ("May" yes, "may" no: lower case, it is a verb).
     */
    public static boolean isName(String word) {
        return NAMES.contains(word) || ABBREVIATIONS.contains(word);
    }
}
