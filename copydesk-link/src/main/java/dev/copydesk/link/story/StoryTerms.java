package dev.copydesk.link.story;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Term counts of a text: lower-cased runs of letters and digits, minus stop words and single characters. */
final class StoryTerms {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private StoryTerms() {
    }

    /** Adds {@code weight} to the count of each term of {@code text} (null reads as empty). */
    static void count(String text, double weight, Map<String, Double> counts) {
        if (text == null) {
            return;
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String term = m.group().toLowerCase(Locale.ROOT);
            if (term.length() > 1 && !StopWords.contains(term)) {
                counts.merge(term, weight, Double::sum);
            }
        }
    }

    /** Term counts of a title and body, title terms weighted {@code titleWeight} each. */
    static Map<String, Double> of(String title, String text, double titleWeight) {
        Map<String, Double> counts = new LinkedHashMap<>();
        count(title, titleWeight, counts);
        count(text, 1.0, counts);
        return counts;
    }
}
