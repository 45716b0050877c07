package dev.copydesk.link.lineage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteMatchTest {
    private static String kind(String a, String b) {
        return QuoteMatch.kind(QuoteWords.of(a), QuoteWords.of(b));
    }

    @Test
    void casePunctuationAndQuoteStyleAreNoDifference() {
        assertEquals("identical", kind("We didn't start it.", "“we DIDN’T start it”"));
        assertEquals("identical", kind("Yes", "yes!"));
        assertEquals(List.of("didn’t", "start"), QuoteWords.of("‘didn’t start’").written());
        assertEquals(List.of("didnt", "start"), QuoteWords.of("‘didn’t start’").normalised());
    }

    @Test
    void aRunOfTheOthersWordsIsTrimmed() {
        assertEquals("trimmed", kind("the water came up through the floor in ten minutes",
                "The water came up through the floor in ten minutes and we lost everything"));
        assertEquals("trimmed", kind("The water came up through the floor in ten minutes and we lost everything",
                "came up through the floor"));
        // Fewer than four words: only an identical quote is the same quote.
        assertNull(kind("The water came up through the floor", "the floor"));
    }

    @Test
    void mostlyTheSameWordsAreAltered() {
        assertEquals("altered", kind("We will never surrender to the invaders", "We shall never surrender to the invaders"));
        assertEquals("altered", kind("We have never seen the river this high in fifty years of records. "
                + "Every family in the lower town has lost something.", "Every family in the lower town has lost everything"));
        assertNull(kind("We will win", "We shall win"));
    }

    @Test
    void sharedCommonWordsScatteredOverALongQuoteAreNoMatch() {
        String longQuote = "We are told that the town is safe, but in the lower streets the water is still rising "
                + "and we have had no help from the government in all of this time";
        assertNull(kind(longQuote, "we have the town in the water"));
        assertNull(kind("The harvest was the best we have seen in a decade", "The flood was the worst we have seen in a century"));
    }

    @Test
    void theDiffMergesRunsAndShowsEachSidesWords() {
        QuoteWords first = QuoteWords.of("It is not our war, he said; Ukrainians never hurt us");
        QuoteWords later = QuoteWords.of("It's not our war: Ukrainians never harmed us");
        assertEquals(List.of(new DiffOp("removed", "It is"), new DiffOp("added", "It's"),
                        new DiffOp("same", "not our war"), new DiffOp("removed", "he said"),
                        new DiffOp("same", "Ukrainians never"), new DiffOp("removed", "hurt"),
                        new DiffOp("added", "harmed"), new DiffOp("same", "us")),
                WordDiff.diff(first, later));
        assertEquals(6, WordDiff.lcs(first.normalised(), later.normalised()));
    }
}
