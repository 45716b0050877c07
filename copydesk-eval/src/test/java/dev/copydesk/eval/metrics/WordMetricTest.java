package dev.copydesk.eval.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordMetricTest {
    private static final double EPS = 1e-12;

    @Test
    void scoresLowerCasedBagsOfWords() {
        // gold [the, cat, the, hat], prediction [the, cat, sat]: overlap the(1) + cat(1) = 2
        WordScore s = WordMetric.score("The cat, the hat.", "the CAT sat");
        assertEquals(2.0 / 3, s.precision(), EPS);
        assertEquals(2.0 / 4, s.recall(), EPS);
        assertEquals(4.0 / 7, s.f1(), EPS);
    }

    @Test
    void orderDoesNotMatter() {
        assertEquals(WordScore.PERFECT, WordMetric.score("a b c", "c b a"));
    }

    @Test
    void emptyConventions() {
        assertEquals(WordScore.PERFECT, WordMetric.score("", ""));
        assertEquals(WordScore.ZERO, WordMetric.score("", "extra words"));
        assertEquals(WordScore.ZERO, WordMetric.score("gold words", ""));
        assertEquals(WordScore.ZERO, WordMetric.score("gold words", "other text"));
    }

    @Test
    void averagesEachValueOverPages() {
        WordScore mean = WordMetric.mean(List.of(new WordScore(1, 0.5, 2.0 / 3), WordScore.ZERO, WordScore.PERFECT));
        assertEquals(2.0 / 3, mean.precision(), EPS);
        assertEquals(0.5, mean.recall(), EPS);
        assertEquals(5.0 / 9, mean.f1(), EPS); // the mean of per-page F1, not F1 of the means
        assertEquals(WordScore.ZERO, WordMetric.mean(List.of()));
    }

    @Test
    void normalizeIgnoresCaseAndWhiteSpace() {
        assertEquals("hello world", WordMetric.normalize("  Hello\n\t World\u00a0 "));
        assertEquals("", WordMetric.normalize(null));
    }

    @Test
    void snippetsAreCheckedAfterNormalizing() {
        String output = "Main STORY text\nwith a  line break.";
        SnippetCounts c = WordMetric.snippets(output, List.of("main story", "TEXT with a line", "not there"),
                List.of("Accept cookies", "story text"));
        assertEquals(new SnippetCounts(3, 2, 2, 1), c);
        assertEquals(2.0 / 3, c.withFoundShare(), EPS);
        assertEquals(0.5, c.withoutAbsentShare(), EPS);
    }

    @Test
    void snippetSharesArePooledAndOneWithoutSnippets() {
        SnippetCounts sum = new SnippetCounts(1, 1, 0, 0).plus(new SnippetCounts(3, 0, 4, 4));
        assertEquals(new SnippetCounts(4, 1, 4, 4), sum);
        assertEquals(0.25, sum.withFoundShare(), EPS);
        assertEquals(1.0, SnippetCounts.NONE.withFoundShare());
        assertEquals(1.0, SnippetCounts.NONE.withoutAbsentShare());
    }
}
