package dev.copydesk.eval.quotes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BratTest {
    //                                    1         2         3         4         5
    //                          0123456789012345678901234567890123456789012345678901234567
    private static final String TEXT = "“We will win,” Ana Lopez said. She said that it was over.";
    private static final String ANN = String.join("\n",
            "T1\tContent 0 14\t“We will win,”",
            "T2\tSource 15 24\tAna Lopez",
            "T3\tCue 25 29\tsaid",
            "E1\tAttribution:T3 Content:T1 Cue:T3 Source:T2",
            "T4\tContent 40 56\tthat it was over",
            "T5\tSource 31 34\tShe",
            "E2\tAttribution:T3 Content:T4 Source:T5",
            "garbage line",
            "T9\tContent x y\tbroken",
            "E3\tAttribution:T3 Content:T99 Source:T2");

    @Test
    void readsAttributionsAndSkipsBrokenLines() {
        List<Brat.Attribution> a = Brat.parse(ANN);
        assertEquals(2, a.size());
        assertArrayEquals(new int[] {0, 14}, a.get(0).content().get(0));
        assertArrayEquals(new int[] {15, 24}, a.get(0).source().get(0));
    }

    @Test
    void directMeansWhollyInsideQuoteMarks() {
        List<Brat.Attribution> a = Brat.parse(ANN);
        assertTrue(Brat.isDirect(TEXT, a.get(0).content()));
        assertFalse(Brat.isDirect(TEXT, a.get(1).content()));
        String two = "“A b,” he said, “c d.”";
        assertTrue(Brat.isDirect(two, List.of(new int[] {0, 6}, new int[] {16, 22})));
        assertFalse(Brat.isDirect(two, List.of(new int[] {0, 22})));
        assertTrue(Brat.isDirect("‘We didn’t go.’", List.of(new int[] {0, 15})));
        String split = "“We will win. We always do.” she said.";
        assertTrue(Brat.isDirect(split, List.of(new int[] {14, 28}, new int[] {0, 13})), "one span per sentence");
        assertFalse(Brat.isDirect(split, List.of(new int[] {0, 13})), "the first sentence alone is not closed");
        assertFalse(Brat.isDirect("“A b he said c d.”", List.of(new int[] {0, 4}, new int[] {13, 18})), "words between");
    }

    @Test
    void goldPoolsAnnotatorsAndDeduplicates() {
        String other = "T1\tContent 0 14\t“We will win,”\nT2\tSource 15 18\tAna\nE1\tAttribution:T1 Content:T1 Source:T2";
        List<GoldQuote> gold = PolnearDataset.gold(TEXT, List.of(ANN, other));
        assertEquals(1, gold.size());
        assertEquals(2, gold.get(0).sources().size());
    }
}
