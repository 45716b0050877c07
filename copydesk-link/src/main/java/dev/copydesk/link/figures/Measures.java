package dev.copydesk.link.figures;

import dev.copydesk.annotate.Amount;
import dev.copydesk.annotate.WordList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What an amount measures, as a key two articles share when they count the same thing, and a label to
 * show. The key is the amount's object with each word in its singular form and synonyms from
 * {@code measure-nouns.txt} merged ("persons" and "people" are "people"), followed by the event that
 * befalls it when one is named in the object, in the words right after the amount, or else in the words
 * right before it, within the clause ("12 people were killed", "12 dead", "12 deaths", "the death toll
 * rose to 12" are all "people killed", by {@code measure-events.txt}). An event with no object counts
 * people. Ages ("the 43-year-old") measure nothing shared between articles, and an amount with neither
 * object nor event has no measure. Stateless and thread-safe.
 */
final class Measures {
    private static final Map<String, String> EVENTS = synonyms("measure-events.txt");
    private static final Map<String, String> NOUNS = synonyms("measure-nouns.txt");
    private static final Set<String> APPROXIMATIONS = WordList.load(Measures.class, "approximations.txt");
    /** Words that end the clause an event is looked for in. */
    private static final Set<String> CLAUSE_ENDS = Set.of("and", "but", "while", "whereas", "although",
            "though", "because", "after", "before", "when", "which", "who", "whom", "where");
    private static final int WORDS_AFTER = 12;
    private static final int WORDS_BEFORE = 4;
    private static final String DEFAULT_NOUN = "people";

    private Measures() {
    }

    /** The measure of {@code amount} in {@code text}, or null when it has none. */
    static Measure of(String text, Amount amount) {
        if ("age".equals(amount.object()) && "year".equals(amount.unit())) {
            return null;
        }
        List<String> key = new ArrayList<>();
        List<String> label = new ArrayList<>();
        String event = null;
        if (amount.object() != null) {
            for (String w : words(amount.object())) {
                String e = EVENTS.get(w);
                if (e != null) {
                    event = e;
                } else {
                    key.add(singular(w));
                    label.add(w);
                }
            }
        }
        if (event == null) {
            event = firstEvent(wordsAfter(text, amount.end()));
        }
        if (event == null) {
            event = firstEvent(wordsBefore(text, amount.start()));
        }
        if (event != null) {
            if (key.isEmpty()) {
                key.add(DEFAULT_NOUN);
                label.add(DEFAULT_NOUN);
            }
            key.add(event);
            label.add(event);
        }
        return key.isEmpty() ? null : new Measure(String.join(" ", key), String.join(" ", label));
    }

    /** Whether the words right before {@code amount} mark it as approximate, by {@code approximations.txt}. */
    static boolean approximate(String text, Amount amount) {
        List<String> before = wordsBefore(text, amount.start());
        StringBuilder phrase = new StringBuilder();
        for (String w : before) {
            phrase.insert(0, phrase.length() == 0 ? w : w + " ");
            if (APPROXIMATIONS.contains(phrase.toString())) {
                return true;
            }
        }
        return false;
    }

    /** A measure: the key reports are grouped by, and the words as the article wrote them. */
    record Measure(String key, String label) {
    }

    /** The singular form of a lower-case word, merged by {@code measure-nouns.txt}. */
    static String singular(String w) {
        String known = NOUNS.get(w);
        if (known != null) {
            return known;
        }
        String s = w;
        if (w.length() > 4 && w.endsWith("ies")) {
            s = w.substring(0, w.length() - 3) + "y";
        } else if (w.endsWith("sses") || w.endsWith("shes") || w.endsWith("ches") || w.endsWith("xes")) {
            s = w.substring(0, w.length() - 2);
        } else if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            s = w.substring(0, w.length() - 1);
        }
        return NOUNS.getOrDefault(s, s);
    }

    private static String firstEvent(List<String> words) {
        for (String w : words) {
            String e = EVENTS.get(w);
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    /** Up to {@link #WORDS_AFTER} lower-case words after {@code from}, until the clause ends. */
    static List<String> wordsAfter(String text, int from) {
        List<String> out = new ArrayList<>();
        int i = from;
        while (i < text.length() && out.size() < WORDS_AFTER) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int start = i;
                while (i < text.length() && wordChar(text, i)) {
                    i++;
                }
                String w = text.substring(start, i).toLowerCase(Locale.ROOT);
                if (endsClause(w)) {
                    break;
                }
                out.add(w);
            } else if (Character.isWhitespace(c) && c != '\n') {
                i++;
            } else {
                break;
            }
        }
        return out;
    }

    /** Up to {@link #WORDS_BEFORE} lower-case words before {@code to}, nearest first, within the clause. */
    static List<String> wordsBefore(String text, int to) {
        List<String> out = new ArrayList<>();
        int i = to - 1;
        while (i >= 0 && out.size() < WORDS_BEFORE) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int end = i + 1;
                while (i >= 0 && wordChar(text, i)) {
                    i--;
                }
                String w = text.substring(i + 1, end).toLowerCase(Locale.ROOT);
                if (endsClause(w)) {
                    break;
                }
                out.add(w);
            } else if (Character.isWhitespace(c) && c != '\n') {
                i--;
            } else {
                break;
            }
        }
        return out;
    }

    private static boolean wordChar(String text, int i) {
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        // An inner hyphen or apostrophe stays in the word ("called-up", "didn't").
        return (c == '-' || c == '\'' || c == '’') && i > 0 && i + 1 < text.length()
                && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1));
    }

    private static boolean endsClause(String w) {
        return CLAUSE_ENDS.contains(w) || Character.isDigit(w.charAt(0));
    }

    private static List<String> words(String phrase) {
        List<String> out = new ArrayList<>();
        for (String w : phrase.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{Nd}'’-]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** Reads "name: word word ..." lines into word to name; a word under two names fails, naming it. */
    private static Map<String, String> synonyms(String file) {
        Map<String, String> map = new HashMap<>();
        for (String line : WordList.load(Measures.class, file)) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IllegalStateException(file + ": expected 'name: words', got: " + line);
            }
            String name = line.substring(0, colon).strip();
            for (String w : line.substring(colon + 1).strip().split("\\s+")) {
                if (map.put(w, name) != null) {
                    throw new IllegalStateException(file + ": word listed twice: " + w);
                }
            }
        }
        return Map.copyOf(map);
    }
}
