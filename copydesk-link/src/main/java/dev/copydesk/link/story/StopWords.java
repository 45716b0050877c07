package dev.copydesk.link.story;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/** The story vectors' stop words, read once from {@code stopwords.txt} beside this class. Thread-safe. */
final class StopWords {
    private static final Set<String> WORDS = load();

    private StopWords() {
    }

    /** Whether the lower-case {@code word} is a stop word. */
    static boolean contains(String word) {
        return WORDS.contains(word);
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = StopWords.class.getResourceAsStream("stopwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("stopwords.txt is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
