package dev.copydesk.annotate.entity;

import dev.copydesk.annotate.WordList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Titles and honorifics that come before a name ("Mr", "Dr.", "President", "Sen."), listed in {@code honorifics.txt}. Thread-safe. */
final class Honorifics {
    private static final Set<String> TITLES = WordList.load(Honorifics.class, "honorifics.txt");

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
