package dev.copydesk.eval.bench.stories;

import dev.copydesk.core.Article;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;

/**
 * A synthetic news stream of any length for timing the linker, generated article by article so that it takes
 * no memory: article {@code i} is a pure function of the seed and {@code i}. Articles come in events of
 * {@link #PER_EVENT}: a lead report, two reports by other writers, a syndicated copy of the lead (new headline,
 * a boilerplate line) and a copy of a second report with a paragraph dropped, so two articles in five are
 * duplicates. An event's reports share its three invented names (a place, a person, an organisation) and
 * otherwise recombine sentences of the pool; events start {@link #EVENT_SPACING_MINUTES} minutes apart, and an
 * event's articles spread over the ten hours after its start. Thread-safe.
 */
public final class StoryCorpus {
    /** Articles per event. */
    public static final int PER_EVENT = 5;
    /** Minutes between the starts of two events. */
    public static final int EVENT_SPACING_MINUTES = 20;
    /** When the first event starts. */
    public static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private static final int PARAGRAPHS = 7;
    private static final String[] SYLLABLES = {"ka", "lo", "ri", "ven", "tor", "mi", "sa", "bel", "dun", "ar", "os",
        "te", "gra", "pol", "nis", "ur", "zel", "ma", "cor", "vin", "da", "fe", "hul", "ire", "jo", "kes", "lun"};

    private final long seed;
    private final List<String> sentences;
    private final String source;

    /**
     * @param seed      the seed every article derives from
     * @param sentences the pool sentences are drawn from; empty for a built-in vocabulary of invented words
     * @param source    what the pool is, for reports
     */
    public StoryCorpus(long seed, List<String> sentences, String source) {
        this.seed = seed;
        this.sentences = List.copyOf(sentences);
        this.source = Objects.requireNonNull(source, "source");
    }

    /** A corpus of invented words. */
    public static StoryCorpus synthetic(long seed) {
        return new StoryCorpus(seed, List.of(), "invented words");
    }

    /** What the sentences come from. */
    public String source() {
        return source;
    }

    /** Article number {@code i} (0-based). */
    public Article article(int i) {
        int event = i / PER_EVENT;
        int role = i % PER_EVENT;
        Instant published = START.plus((long) event * EVENT_SPACING_MINUTES, ChronoUnit.MINUTES)
                .plus(role * 2L, ChronoUnit.HOURS);
        String[] names = names(event);
        String title;
        String text;
        switch (role) {
            case 3 -> {
                text = report(event, i - 3, names) + "\n\nThis story was provided by Wire Service " + (event % 9) + ".";
                title = "UPDATE: " + headline(event, i - 3, names);
            }
            case 4 -> {
                List<String> paragraphs = new ArrayList<>(List.of(report(event, i - 3, names).split("\n\n")));
                paragraphs.remove(1 + (event % (PARAGRAPHS - 1)));
                text = String.join("\n\n", paragraphs);
                title = headline(event, i - 3, names);
            }
            default -> {
                text = report(event, i, names);
                title = headline(event, i, names);
            }
        }
        return Article.builder().id(String.format(Locale.ROOT, "a%07d", i)).source("synthetic/" + i)
                .published(published.toString()).title(title).text(text).build();
    }

    private String[] names(int event) {
        Random r = new Random(seed ^ (0x5DEECE66DL * (event + 1)));
        return new String[] {capital(word(r, 3)), capital(word(r, 2)) + " " + capital(word(r, 3)),
            capital(word(r, 2)) + " " + capital(word(r, 2))};
    }

    private String headline(int event, int article, String[] names) {
        Random r = new Random(seed * 31 + article);
        return names[1] + " " + vocabulary(r) + " in " + names[0] + " after " + vocabulary(r) + " " + vocabulary(r);
    }

    private String report(int event, int article, String[] names) {
        Random r = new Random(seed * 17 + article * 0x9E3779B97F4A7C15L);
        List<String> paragraphs = new ArrayList<>(PARAGRAPHS);
        for (int p = 0; p < PARAGRAPHS; p++) {
            String name = names[r.nextInt(names.length)];
            paragraphs.add(sentence(r) + " " + name + " " + sentence(r).toLowerCase(Locale.ROOT));
        }
        return String.join("\n\n", paragraphs);
    }

    private String sentence(Random r) {
        if (!sentences.isEmpty()) {
            return sentences.get(r.nextInt(sentences.size()));
        }
        int words = 10 + r.nextInt(14);
        StringBuilder sb = new StringBuilder();
        for (int w = 0; w < words; w++) {
            String word = vocabulary(r);
            sb.append(w == 0 ? capital(word) : " " + word);
        }
        return sb.append('.').toString();
    }

    /** A word of a 20,000-word invented vocabulary, drawn log-uniformly: a few words are frequent, most rare. */
    private String vocabulary(Random r) {
        int rank = (int) Math.exp(r.nextDouble() * Math.log(20_000));
        return word(new Random(rank * 0x2545F4914F6CDD1DL), 1 + rank % 3 + (rank > 100 ? 1 : 0));
    }

    private static String word(Random r, int syllables) {
        StringBuilder sb = new StringBuilder();
        for (int s = 0; s < syllables; s++) {
            sb.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
        }
        return sb.toString();
    }

    private static String capital(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
