package dev.copydesk.annotate.quote;

import static dev.copydesk.annotate.quote.TestLayers.decision;
import static dev.copydesk.annotate.quote.TestLayers.direct;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.annotate.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which finder finds a quote's cue, one synthetic text per finder, and the priority between them. */
class CueFinderTest {
    private static String cueRule(String text, String... people) {
        return decision(text, people).cueRule();
    }

    @Test
    void theOrderIsTheDocumentedPriority() {
        assertEquals(List.of("CueFinder.AfterQuote", "CueFinder.BeforeInSentence", "CueFinder.ColonParagraph",
                "CueFinder.PreviousSentence", "CueFinder.DashSignature"), CueFinder.ORDER.stream().map(CueFinder::name).toList());
        assertEquals(List.of("CueAfter.Inverted", "CueAfter.AccordingTo", "CueAfter.SubjectVerb", "CueAfter.Appositive"),
                CueAfter.ORDER.stream().map(CueFinder::name).toList());
        assertEquals(List.of("CueBefore.Verb", "CueBefore.SpeechNoun", "CueBefore.Label", "CueBefore.SubjectBeforeColon"),
                CueBefore.ORDER.stream().map(CueBefore::name).toList());
    }

    @Test
    void aCueAfterTheQuoteWinsOverOneBeforeIt() {
        String text = "Ann Lee said: “We will reopen the bridge in May,” Ben Ode said.";
        assertEquals("CueFinder.AfterQuote>CueAfter.SubjectVerb", cueRule(text, "Ann Lee=Ann Lee", "Ben Ode=Ben Ode"));
        assertEquals("Ben Ode", direct(text, "Ann Lee=Ann Lee", "Ben Ode=Ben Ode").get(0).speakerCanonical());
    }

    @Test
    void colonEndingThePreviousParagraph() {
        String text = "The harbour was quiet. Ann Lee told the council:\n\n“The ferry will sail again in the first week of May.”";
        assertEquals("CueFinder.ColonParagraph>CueBefore.Verb>SpeakerRule.SubjectBeforeVerb", cueRule(text, "Ann Lee=Ann Lee"));
        assertEquals("Ann Lee", direct(text, "Ann Lee=Ann Lee").get(0).speakerCanonical());
    }

    @Test
    void sentenceEndingInASpeechVerb() {
        String text = "The vote was close. Ann Lee agreed. “We will reopen the bridge in May.”";
        assertEquals("CueFinder.PreviousSentence>SpeakerRule.SubjectBeforeVerb", cueRule(text, "Ann Lee=Ann Lee"));
        assertEquals("Ann Lee", direct(text, "Ann Lee=Ann Lee").get(0).speakerCanonical());
    }

    @Test
    void dashSignatureOnTheNextLine() {
        String text = "Letters.\n\n“The ferry must sail all winter, whatever it costs the town.”\n\n— Maria Lopez, Tucson.";
        assertEquals("CueFinder.DashSignature", cueRule(text, "Maria Lopez=Maria Lopez"));
        assertEquals("Maria Lopez", direct(text, "Maria Lopez=Maria Lopez").get(0).speakerCanonical());
    }

    @Test
    void aCapitalisedVerbWithNobodyAfterItOpensTheNextSentenceAndYieldsToALaterFinder() {
        String text = "Ann Lee said: “We will reopen the bridge in May.” Asked when, the council replied later.";
        String rule = cueRule(text, "Ann Lee=Ann Lee");
        assertTrue(rule.startsWith("CueFinder.BeforeInSentence>CueBefore.Verb"), rule);
        Quote q = direct(text, "Ann Lee=Ann Lee").get(0);
        assertEquals("Ann Lee", q.speakerCanonical());
    }

    @Test
    void noCueAtAll() {
        assertNull(cueRule("The town waited.\n\n“Nobody knows when the ferry will sail again this year.”"));
    }
}
