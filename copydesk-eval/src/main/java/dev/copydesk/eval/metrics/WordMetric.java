package dev.copydesk.eval.metrics;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * WCXB's metric (web content extraction benchmark, 2026), reproduced so that Copydesk's scores and
 * the published ones are comparable.
 *
 * <ul>
 *   <li>Tokens are {@link WordTokens#lowerCased lower-cased {@code \w+} runs}; a text is the
 *       multiset of its tokens (bag of words).</li>
 *   <li>Per page: precision = overlap / predicted tokens, recall = overlap / gold tokens, F1 their
 *       harmonic mean ({@link #score}). An empty gold text scores 1 when the prediction is empty
 *       too and 0 otherwise; an empty prediction scores 0.</li>
 *   <li>Over pages, precision, recall and F1 are each the plain mean of the per-page values
 *       ({@link #mean}).</li>
 * </ul>
 *
 * <p>Snippets ({@link #snippets}): WCXB lists, per page, text that must appear in the output
 * ({@code with}) and boilerplate that must not ({@code without}). A snippet counts as present when
 * its normalised form is a substring of the normalised output, normalised meaning lower-cased
 * ({@link Locale#ROOT}) with every run of Unicode white space (including no-break space) collapsed to
 * one space and the ends trimmed. WCXB's own check only lower-cases; collapsing white space keeps a
 * line break or a double space in an extractor's output from hiding a snippet that is there.
 * Thread-safe.
 */
public final class WordMetric {
    private static final Pattern SPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private WordMetric() {}

    /** Bag-of-words scores of {@code predicted} against {@code gold}, with the conventions above. */
    public static WordScore score(String gold, String predicted) {
        List<String> g = WordTokens.lowerCased(gold);
        List<String> p = WordTokens.lowerCased(predicted);
        if (g.isEmpty()) {
            return p.isEmpty() ? WordScore.PERFECT : WordScore.ZERO;
        }
        if (p.isEmpty()) {
            return WordScore.ZERO;
        }
        int overlap = Bag.of(g).overlap(Bag.of(p));
        double precision = (double) overlap / p.size();
        double recall = (double) overlap / g.size();
        return new WordScore(precision, recall, Scores.harmonicMean(precision, recall));
    }

    /** The plain mean of each of precision, recall and F1; zeros for no pages. */
    public static WordScore mean(List<WordScore> pages) {
        if (pages.isEmpty()) {
            return WordScore.ZERO;
        }
        double p = 0;
        double r = 0;
        double f = 0;
        for (WordScore s : pages) {
            p += s.precision();
            r += s.recall();
            f += s.f1();
        }
        int n = pages.size();
        return new WordScore(p / n, r / n, f / n);
    }

    /** Lower-cases, collapses white-space runs to one space and trims; see the type's Javadoc. */
    public static String normalize(String text) {
        return text == null ? "" : SPACE.matcher(text).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    /** Counts which {@code with} snippets are present in {@code output} and which {@code without} snippets are absent. */
    public static SnippetCounts snippets(String output, List<String> with, List<String> without) {
        String text = normalize(output);
        int found = 0;
        for (String s : with) {
            if (text.contains(normalize(s))) {
                found++;
            }
        }
        int absent = 0;
        for (String s : without) {
            if (!text.contains(normalize(s))) {
                absent++;
            }
        }
        return new SnippetCounts(with.size(), found, without.size(), absent);
    }
}
