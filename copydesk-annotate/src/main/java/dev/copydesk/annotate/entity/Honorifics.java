package dev.copydesk.annotate.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Titles and honorifics that come before a name ("Mr", "Dr.", "President", "Sen."). Thread-safe. */
final class Honorifics {
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor",
            "sir", "dame", "lord", "lady", "rev", "reverend", "fr", "father", "sister", "brother", "president",
            "vice", "prime", "minister", "chancellor", "secretary", "senator", "sen", "rep", "representative",
            "congressman", "congresswoman", "gov", "governor", "mayor", "judge", "justice", "gen", "general", "col",
            "colonel", "capt", "captain", "lt", "lieutenant", "sgt", "sergeant", "maj", "major", "adm", "admiral",
            "cpl", "corporal", "pte", "private", "officer", "inspector", "detective", "supt", "superintendent",
            "king", "queen", "prince", "princess", "pope", "sheikh", "rabbi", "imam", "ayatollah", "st", "saint",
            "councillor", "cllr", "mp", "mep", "ambassador", "commissioner", "chief", "deputy", "foreign",
            "defence", "defense", "interior", "health", "home", "comrade", "herr", "frau", "madame", "monsieur",
            "mme", "m", "hon", "honourable", "mrs.", "dr.", "mr.");

    private Honorifics() {
    }

    /** The words of {@code name} after any leading titles; the words unchanged when all are titles. */
    static List<String> strip(List<String> words) {
        int i = 0;
        while (i < words.size() - 1 && isTitle(words.get(i))) {
            i++;
        }
        return words.subList(i, words.size());
    }

    static boolean isTitle(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith(".")) {
            w = w.substring(0, w.length() - 1);
        }
        return TITLES.contains(w);
    }

    static List<String> words(String text) {
        return Arrays.asList(text.strip().split("\\s+"));
    }
}
