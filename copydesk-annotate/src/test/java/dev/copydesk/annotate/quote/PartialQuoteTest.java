package dev.copydesk.annotate.quote;

import static dev.copydesk.annotate.quote.TestLayers.direct;
import static dev.copydesk.annotate.quote.TestLayers.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.annotate.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Quoted fragments that carry on a reported clause are reported speech, not direct quotes. */
class PartialQuoteTest {
    @Test
    void lowerCaseFragmentAfterACommaWithoutACueIsReported() {
        String text = "Flooding closed the road.\n\nThe mayor said the delay was not the fault of the engineers, “not in the slightest.”";
        assertTrue(direct(text).isEmpty(), direct(text).toString());
        List<Quote> all = quotes(text);
        assertEquals(1, all.size(), all.toString());
        Quote q = all.get(0);
        assertFalse(q.direct());
        assertEquals("The mayor", q.speaker());
        assertTrue(q.text().startsWith("the delay was not the fault"), q.text());
        assertTrue(q.text().contains("not in the slightest"), q.text());
    }

    @Test
    void reportedSpeechInsideReportedSpeechGoesToTheInnerSpeaker() {
        String text = "The ferry stopped in March.\n\nLetters seen by the council said the skipper also questioned whether "
                + "it was worth sailing when the harbour was closed.";
        List<Quote> all = quotes(text);
        assertEquals(1, all.size(), all.toString());
        assertFalse(all.get(0).direct());
        assertEquals("the skipper", all.get(0).speaker());
        assertTrue(all.get(0).text().startsWith("it was worth sailing"), all.get(0).text());
        String plain = "The ferry stopped in March.\n\nThe council said the skipper would sail again when the harbour opened.";
        List<Quote> outer = quotes(plain);
        assertEquals(1, outer.size(), outer.toString());
        assertEquals("The council", outer.get(0).speaker());
    }

    @Test
    void fragmentAfterThatAndAnAdverbialIsReported() {
        String text = "The budget passed.\n\nOla Brandt told the council that in any case, “we will keep the ferry running all winter.”";
        assertTrue(direct(text, "Ola Brandt=Ola Brandt").isEmpty());
        List<Quote> all = quotes(text, "Ola Brandt=Ola Brandt");
        assertEquals(1, all.size(), all.toString());
        assertFalse(all.get(0).direct());
        assertEquals("Ola Brandt", all.get(0).speakerCanonical());
        assertEquals(text.indexOf("in any case"), all.get(0).start());
    }

    @Test
    void parentheticalCueWithTheSentenceGoingOnIsReported() {
        String text = "The vote was close.\n\nLater that week, he said, “nobody wanted the bridge closed” and the council agreed to wait.";
        assertTrue(direct(text).isEmpty(), direct(text).toString());
        List<Quote> all = quotes(text);
        assertEquals(1, all.size(), all.toString());
        assertFalse(all.get(0).direct());
        assertTrue(all.get(0).text().endsWith("the council agreed to wait"), all.get(0).text());
    }

    @Test
    void parentheticalCueBeforeALowerCaseFragmentIsReported() {
        String text = "The vote was close.\n\nIn the long run, the treasurer said, “the ferry will pay for itself.”";
        assertTrue(direct(text).isEmpty(), direct(text).toString());
        assertEquals(1, quotes(text).size());
        assertEquals("the treasurer", quotes(text).get(0).speaker());
    }

    @Test
    void cueRightBeforeTheCommaKeepsAQuoteDirect() {
        assertEquals(1, direct("The ferry was late again.\n\nMara Lind wrote to the council, telling them, “you have ignored us for a year.”",
                "Mara Lind=Mara Lind").size());
        assertEquals(1, direct("The vote was close.\n\nBut, he said, “Nobody wanted the bridge closed.”").size());
        assertEquals(1, direct("The vote was close.\n\nBut, he noted, “nobody wanted the bridge closed for a whole year.”").size());
    }

    @Test
    void secondPieceOfASplitQuoteStaysDirect() {
        String text = "The vote was close.\n\n“We tried,” Mara Lind said during a meeting in Tromsø, Nor., “and we will try again next year.”";
        List<Quote> q = direct(text, "Mara Lind=Mara Lind");
        assertEquals(2, q.size(), q.toString());
        assertTrue(q.get(1).text().startsWith("and we will try again"));
    }

    @Test
    void capitalisedWholeSentenceAfterACommaStaysDirect() {
        assertEquals(1, direct("The vote was close.\n\nAs for the bridge, the mayor said, “The engineers need another month.”").size());
    }

    @Test
    void toldWithAFragmentAfterItsObjectIsReported() {
        String text = "The crew walked out.\n\nIn a long video the skipper told his new owners ‘cheated us’ when the boats were sold.";
        assertTrue(direct(text).isEmpty());
        List<Quote> all = quotes(text);
        assertEquals(1, all.size(), all.toString());
        assertFalse(all.get(0).direct());
        assertEquals("the skipper", all.get(0).speaker());
        assertEquals("his new owners ‘cheated us’ when the boats were sold", all.get(0).text());
    }

    @Test
    void fragmentOpeningWithAnAuxiliaryIsAPredicateNotAQuote() {
        String text = "The plan changed.\n\nNothing the mayor promised “will calm the fishermen's fears,” the senator said.";
        assertTrue(direct(text).isEmpty(), direct(text).toString());
        List<Quote> all = quotes(text);
        assertEquals(1, all.size(), all.toString());
        assertFalse(all.get(0).direct());
        assertEquals("the senator", all.get(0).speaker());
        assertEquals("Nothing the mayor promised “will calm the fishermen's fears,”", all.get(0).text());
        assertTrue(direct("The budget passed.\n\nThe treasurer added a warning that “is hard to ignore,” the paper wrote.").isEmpty());
    }

    @Test
    void marksAfterThatQuoteAReportedClause() {
        String text = "The ferry was late.\n\nA spokeswoman, Ida Berg, said in an email that, “Of course the company will refund every ticket.”";
        assertTrue(direct(text, "Ida Berg=Ida Berg").isEmpty(), direct(text, "Ida Berg=Ida Berg").toString());
        List<Quote> all = quotes(text, "Ida Berg=Ida Berg");
        assertEquals(1, all.size(), all.toString());
        assertFalse(all.get(0).direct());
        assertTrue(all.get(0).text().contains("Of course the company will refund every ticket"), all.get(0).text());
    }
}
