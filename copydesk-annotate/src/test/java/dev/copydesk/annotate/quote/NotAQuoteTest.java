package dev.copydesk.annotate.quote;

import static dev.copydesk.annotate.quote.TestLayers.direct;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Text between quote marks that nobody said: titles, headlines with a byline, markup. */
class NotAQuoteTest {
    @Test
    void titleCaseWithoutACueIsATitle() {
        assertTrue(direct("The documentary, “The Secret Life of Harbour Towns,” opens next week in Leeds.").isEmpty());
        assertTrue(direct("Her new book.\n\n“The Long Winter of Our Town Council”").isEmpty());
    }

    @Test
    void titleCaseWithACueIsStillAQuote() {
        assertEquals(1, direct("“Never Again Will We Wait,” the protesters chanted.").size());
    }

    @Test
    void titleCaseDetection() {
        String t = "Save Our Quay Now";
        assertTrue(Rejection.TitleCase.isTitleCase(t, 0, t.length()));
        String s = "We have asked the ministry four times";
        assertFalse(Rejection.TitleCase.isTitleCase(s, 0, s.length()));
        String two = "Stop. Think Before Voting";
        assertFalse(Rejection.TitleCase.isTitleCase(two, 0, two.length()));
    }

    @Test
    void headlineWithABylineIsNotAQuote() {
        assertTrue(direct("Morning reads.\n\n“Council delays the vote on the new bridge again,” by Ann Lee: a long wait.").isEmpty());
    }

    @Test
    void markupBetweenMarksIsNotAQuote() {
        assertTrue(direct("<post date=\"May 9, 2016\n\">The stands were empty and the crowd sat in one corner all night.</post>").isEmpty());
    }

    @Test
    void shortWholeUtterancesWithACueAreQuotes() {
        assertEquals(1, direct("The vote failed.\n\n“Never,” the mayor said.").size());
        assertEquals(1, direct("Then the chair stood up and shouted: “Quiet!”").size());
    }

    @Test
    void shortPhrasesInsideASentenceAreNot() {
        assertTrue(direct("She called the plan “absurd,” the mayor said.").isEmpty());
        assertTrue(direct("“Never,” in the view of many, is too long.").isEmpty());
    }

    @Test
    void excerptAfterAHeadlineAndItsBylineIsNotAQuote() {
        assertTrue(direct("HARBOUR NEWS—“Ferry returns to the island in May,” by Herald reporter Ann Lee: “The ferry will sail again from the first week of May, the operator said.”").isEmpty());
    }
}
