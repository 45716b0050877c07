package dev.copydesk.link.story;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Term counts of an article, one map per {@link Feature}: lower-cased runs of letters and digits minus stop
 * words and single characters (words), their Snowball English stems, entity names and their words, and
 * numbers. Not thread-safe (the stemmer holds state): one instance per clusterer, used under its lock.
 */
final class StoryTerms {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern NUMBER = Pattern.compile("\\p{N}+");

    private final EnglishStemmer stemmer = new EnglishStemmer();
    private final Map<String, String> stems = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > 50_000;
        }
    };

    /** Word counts of a title and body, title words weighted {@code titleWeight} each. */
    static Map<String, Double> of(String title, String text, double titleWeight) {
        Map<String, Double> counts = new LinkedHashMap<>();
        count(title, titleWeight, counts, null);
        count(text, 1.0, counts, null);
        return counts;
    }

    /** The term counts of each feature of {@code input}; stems only when {@code stems} asks for them. */
    Map<Feature, Map<String, Double>> features(StoryInput input, double titleWeight, boolean stems) {
        Map<Feature, Map<String, Double>> features = new EnumMap<>(Feature.class);
        Map<String, Double> words = new LinkedHashMap<>();
        Map<String, Double> numbers = new LinkedHashMap<>();
        count(input.title(), titleWeight, words, numbers);
        count(input.text(), 1.0, words, numbers);
        Map<String, Double> stemmed = new LinkedHashMap<>();
        if (stems) {
            for (Map.Entry<String, Double> e : words.entrySet()) {
                stemmed.merge(stem(e.getKey()), e.getValue(), Double::sum);
            }
        }
        Map<String, Double> entities = new LinkedHashMap<>();
        List<String> names = input.entities() != null ? input.entities() : CapitalisedNames.of(input.text());
        for (String name : names) {
            addName(name, entities);
        }
        features.put(Feature.WORDS, words);
        features.put(Feature.STEMS, stemmed);
        features.put(Feature.ENTITIES, entities);
        features.put(Feature.NUMBERS, numbers);
        return features;
    }

    /** A name counts once as a whole and once for each of its words, so "Lohan" meets "Lindsay Lohan". */
    private static void addName(String name, Map<String, Double> counts) {
        String lower = name.strip().toLowerCase(Locale.ROOT);
        if (lower.length() < 2) {
            return;
        }
        Matcher m = WORD.matcher(lower);
        int words = 0;
        StringBuilder whole = new StringBuilder();
        while (m.find()) {
            String word = m.group();
            whole.append(whole.isEmpty() ? "" : " ").append(word);
            words++;
            if (word.length() > 1 && !StopWords.contains(word) && !NUMBER.matcher(word).matches()) {
                counts.merge(word, 1.0, Double::sum);
            }
        }
        if (words > 1) {
            counts.merge(whole.toString(), 1.0, Double::sum);
        }
    }

    /** Adds {@code weight} to the count of each word of {@code text} (null reads as empty); numbers go apart. */
    private static void count(String text, double weight, Map<String, Double> words, Map<String, Double> numbers) {
        if (text == null) {
            return;
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String term = m.group().toLowerCase(Locale.ROOT);
            if (NUMBER.matcher(term).matches()) {
                if (numbers != null) {
                    numbers.merge(term, weight, Double::sum);
                }
            } else if (term.length() > 1 && !StopWords.contains(term)) {
                words.merge(term, weight, Double::sum);
            }
        }
    }

    private String stem(String word) {
        return stems.computeIfAbsent(word, w -> {
            stemmer.setCurrent(w);
            stemmer.stem();
            return stemmer.getCurrent();
        });
    }
}
