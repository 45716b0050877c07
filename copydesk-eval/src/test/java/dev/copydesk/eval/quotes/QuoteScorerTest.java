package dev.copydesk.eval.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.copydesk.annotate.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteScorerTest {
    private static GoldQuote gold(int s, int e, int ss, int se) {
        return new GoldQuote(List.of(new int[] {s, e}), List.of(new int[] {ss, se}));
    }

    private static QuoteScorer.Predicted pred(int s, int e, int ss, int se) {
        return new QuoteScorer.Predicted(List.of(new int[] {s, e}), ss < 0 ? null : new int[] {ss, se});
    }

    @Test
    void handComputedCounts() {
        List<GoldQuote> g = List.of(gold(0, 100, 200, 210), gold(300, 400, 500, 505), gold(600, 700, 800, 810));
        List<QuoteScorer.Predicted> p = List.of(
                pred(1, 99, 205, 208),     // matches gold 0, speaker right
                pred(300, 329, 500, 505),  // covers 29%: no match
                pred(300, 340, 10, 12),    // covers 40%: matches gold 1, speaker wrong
                pred(900, 950, -1, -1));   // no gold
        QuoteScorer.Counts c = QuoteScorer.score(g, p);
        assertEquals(new QuoteScorer.Counts(3, 4, 2, 1), c);
        assertEquals(0.5, c.precision(), 1e-9);
        assertEquals(2.0 / 3, c.recall(), 1e-9);
        assertEquals(2 * 0.5 * (2.0 / 3) / (0.5 + 2.0 / 3), c.f1(), 1e-9);
        assertEquals(0.5, c.speakerAccuracy(), 1e-9);
        assertEquals(2 * 0.25 * (1.0 / 3) / (0.25 + 1.0 / 3), c.jointF1(), 1e-9);
    }

    @Test
    void matchingIsOneToOne() {
        QuoteScorer.Counts c = QuoteScorer.score(List.of(gold(0, 10, 20, 22)), List.of(pred(0, 10, 20, 22), pred(0, 9, 20, 22)));
        assertEquals(new QuoteScorer.Counts(1, 2, 1, 1), c);
    }

    @Test
    void piecesOfOneQuoteAreJoined() {
        String text = "“A b,” he said. “C d.”\n\n“E f.”\n\nNext.\n\n“G h,” she said.";
        List<Quote> q = List.of(
                new Quote(1, 4, "A b", true, "he", 7, 9, "X", "said"),
                new Quote(17, 21, "C d.", true, "he", 7, 9, "X", "said"),
                new Quote(25, 29, "E f.", true, "he", 7, 9, "X", "said"),
                new Quote(40, 43, "G h", true, "she", 46, 49, "Y", "said"));
        assertEquals("A b", text.substring(1, 4));
        assertEquals("E f.", text.substring(25, 29));
        List<QuoteScorer.Predicted> p = QuoteScorer.join(text, q);
        assertEquals(2, p.size());
        assertEquals(3, p.get(0).spans().size());
    }

    @Test
    void outcomesNameEveryGoldAndPrediction() {
        List<GoldQuote> g = List.of(gold(0, 100, 200, 210), gold(300, 400, 500, 505), gold(600, 700, 800, 810));
        List<QuoteScorer.Predicted> p = List.of(pred(1, 99, 205, 208), pred(300, 340, 10, 12), pred(900, 950, -1, -1));
        List<QuoteScorer.Outcome> o = QuoteScorer.outcomes(g, p);
        assertEquals(List.of(QuoteScorer.Kind.RIGHT, QuoteScorer.Kind.WRONG_SPEAKER, QuoteScorer.Kind.MISSED,
                QuoteScorer.Kind.SPURIOUS), o.stream().map(QuoteScorer.Outcome::kind).toList());
        assertEquals(g.get(2), o.get(2).gold());
        assertEquals(p.get(2), o.get(3).predicted());
    }
}
