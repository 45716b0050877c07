package dev.copydesk.annotate.amount;

import java.util.Locale;
import java.util.Set;

/**
 * Finds the object of an amount, the thing counted or priced, from the words around it, without a
 * parser: a short noun phrase after a count ("300,000 people"), after "of" ("50 per cent of voters"),
 * or, for a price, the subject of the clause the price ends ("Body armour in Russia has soared to
 * around £1,115" gives "body armour"). Noun phrases are runs of at most four content words, stopping at
 * a function word, a verb-like word or punctuation. Stateless.
 */
final class Phrases {
    static final Set<String> FUNCTION = Set.of("a", "an", "the", "and", "or", "but", "nor", "of", "in", "on",
            "at", "to", "for", "with", "from", "by", "as", "than", "that", "this", "these", "those", "which",
            "who", "whom", "whose", "where", "when", "while", "is", "are", "was", "were", "be", "been", "being",
            "has", "have", "had", "will", "would", "could", "should", "can", "may", "might", "must", "do", "does",
            "did", "not", "no", "it", "its", "they", "them", "their", "he", "she", "him", "his", "her", "we", "our",
            "you", "your", "i", "my", "me", "us", "so", "if", "each", "per", "about", "around", "over", "under",
            "up", "down", "more", "less", "fewer", "into", "onto", "after", "before", "since", "until", "there",
            "here", "then", "also", "just", "only", "all", "some", "any", "such", "like", "against", "between",
            "during", "within", "without", "via", "almost", "nearly", "roughly", "what", "how", "why",
            "ago", "every", "least", "most", "out", "off", "both", "either", "other", "another", "own", "said",
            "says", "say", "told", "tell", "already", "now", "still", "even", "too", "very", "much", "many");
    /** Verbs of price and change that end a subject phrase ("bread costs £2"). */
    static final Set<String> VERBS = Set.of("cost", "costs", "sell", "sells", "sold", "fetch", "fetches", "rose",
            "rise", "rises", "soar", "soars", "soared", "jump", "jumps", "jumped", "fell", "fall", "falls", "drop",
            "drops", "dropped", "reach", "reaches", "reached", "hit", "hits", "total", "totals", "totalled",
            "totaled", "stood", "stands", "went", "goes", "climb", "climbs", "climbed", "increase", "increases",
            "increased", "double", "doubles", "doubled", "spent", "spend", "spends", "paid", "pay", "pays",
            "earn", "earns", "earned", "receive", "receives", "received", "got", "gets", "worth", "priced",
            "valued", "make", "makes", "made", "grew", "grow", "grows", "come", "comes", "came", "run", "runs");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "its", "their", "his", "her", "our",
            "my", "your", "this", "that", "these", "those", "some", "each", "every");
    private static final Set<String> BOUNDARIES = Set.of("with", "and", "but", "while", "whereas", "as", "that",
            "which", "who", "where", "when", "because", "if", "though", "although", "whilst", "or");
    private static final Set<String> IRREGULAR_PLURALS = Set.of("people", "men", "women", "children", "police",
            "staff", "personnel", "sheep", "cattle", "aircraft", "feet", "teeth", "mice", "geese");
    private static final Set<String> NOT_PLURAL = Set.of("was", "is", "has", "as", "this", "its", "his", "us",
            "yes", "does", "always", "perhaps", "news");
    private static final Set<String> QUALIFIERS = Set.of("up", "to", "around", "about", "more", "less", "than",
            "at", "nearly", "almost", "over", "under", "just", "some", "roughly", "by", "approximately", "as",
            "much", "least", "a", "an", "the", "equivalent", "of", "only", "well", "above", "below", "between", "for");
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "is", "are", "was", "were", "be",
            "been", "being", "will", "would", "could", "should", "can", "may", "might", "now", "already",
            "reportedly", "also", "just", "still");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "from", "across", "on", "near",
            "inside", "outside", "throughout");
    private static final int MAX_WORDS = 4;
    private static final int MAX_LOOKBACK = 14;

    private Phrases() {
    }

    /** A noun phrase starting at token {@code i} (after any determiner), or null. */
    static String after(Tokens t, int i, boolean lowerOnly) {
        int j = i;
        if (DETERMINERS.contains(t.lower(j))) {
            j++;
        }
        return phrase(t, j, lowerOnly);
    }

    /** The noun phrase after "of" at token {@code i} ("of the population"), or null. */
    static String afterOf(Tokens t, int i) {
        return t.lower(i).equals("of") && t.gapBefore(i) ? after(t, i + 1, false) : null;
    }

    /**
     * The noun phrase a price or rate at token {@code before} belongs to, read backwards: skip qualifiers
     * ("to around", "up to", "more than"), then the verb group ("has soared", "costing"), then take the
     * noun phrase before it. A phrase after a place preposition ("in Russia") is a modifier, so the one
     * before it is taken instead. Null when the clause has none.
     */
    static String subjectBefore(Tokens t, int before) {
        int floor = Math.max(0, before - MAX_LOOKBACK);
        int j = before - 1;
        boolean priced = false;
        while (j >= floor && t.is(j, Tokens.WORD) && QUALIFIERS.contains(t.lower(j))) {
            priced |= t.lower(j).equals("for") || t.lower(j).equals("at");
            j--;
        }
        int verbs = j;
        while (j >= floor && t.is(j, Tokens.WORD) && (AUXILIARIES.contains(t.lower(j)) || verbLike(t.lower(j)))) {
            j--;
        }
        if (j == verbs && !priced) {
            return null;
        }
        int end = j + 1;
        int start = nounsBackFrom(t, j, floor);
        while (start < end && start - 2 >= floor && PLACE_PREPOSITIONS.contains(t.lower(start - 1))) {
            int earlier = nounsBackFrom(t, start - 2, floor);
            if (earlier == start - 1) {
                break;
            }
            end = start - 1;
            start = earlier;
        }
        if (start >= end) {
            return null;
        }
        String np = t.text().substring(t.start(start), t.end(end - 1));
        if (t.sentenceStart(start) && np.length() > 1 && Character.isUpperCase(np.charAt(0))
                && !Character.isUpperCase(np.charAt(1))) {
            np = Character.toLowerCase(np.charAt(0)) + np.substring(1);
        }
        return np;
    }

    /** The first token of the run of content words ending at token {@code j}, at most four long. */
    private static int nounsBackFrom(Tokens t, int j, int floor) {
        int k = j;
        while (k >= floor && j - k < MAX_WORDS && t.is(k, Tokens.WORD) && !FUNCTION.contains(t.lower(k))
                && !VERBS.contains(t.lower(k)) && !BOUNDARIES.contains(t.lower(k))
                && Numbers.smallValue(t.lower(k)) == 0) {
            k--;
        }
        return k + 1;
    }

    private static String phrase(Tokens t, int i, boolean lowerOnly) {
        int j = i;
        while (j < t.size() && j - i < MAX_WORDS && t.is(j, Tokens.WORD)) {
            String w = t.lower(j);
            if (FUNCTION.contains(w) || VERBS.contains(w) || (j > i && verbLike(w))
                    || (lowerOnly && Character.isUpperCase(t.word(j).charAt(0)))
                    || Numbers.smallValue(w) > 0 || Numbers.SCALES.containsKey(w)) {
                break;
            }
            j++;
            // A plural ends the phrase unless another plural follows it ("arms dealers").
            if (plural(w) && !(t.is(j, Tokens.WORD) && plural(t.lower(j)) && !FUNCTION.contains(t.lower(j))
                    && !VERBS.contains(t.lower(j)))) {
                break;
            }
        }
        if (j == i) {
            return null;
        }
        if (j - i > 1 && verbLike(t.lower(j - 1)) && !plural(t.lower(j - 1))) {
            j--;
        }
        return t.text().substring(t.start(i), t.end(j - 1));
    }

    static boolean plural(String w) {
        return IRREGULAR_PLURALS.contains(w) || (w.length() > 2 && w.endsWith("s") && !w.endsWith("ss")
                && !w.endsWith("us") && !w.endsWith("is") && !w.endsWith("'s") && !w.endsWith("’s")
                && !NOT_PLURAL.contains(w));
    }

    static boolean verbLike(String w) {
        return (w.length() > 4 && w.endsWith("ing")) || (w.length() > 3 && w.endsWith("ed"))
                || VERBS.contains(w);
    }

    static String lower(String w) {
        return w.toLowerCase(Locale.ROOT);
    }
}
