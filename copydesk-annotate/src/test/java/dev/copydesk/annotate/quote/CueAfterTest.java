package dev.copydesk.annotate.quote;

import static dev.copydesk.annotate.quote.TestLayers.decision;
import static dev.copydesk.annotate.quote.TestLayers.direct;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The cue rules that read the words after a closing mark. */
class CueAfterTest {
    @Test
    void inverted() {
        String text = "“We regret the delay to the payments,” said the agency.";
        assertEquals("CueFinder.AfterQuote>CueAfter.Inverted", decision(text).cueRule());
        assertEquals("the agency", direct(text).get(0).speaker());
    }

    @Test
    void accordingTo() {
        String text = "“The council never read the report before the vote,” according to the newspaper.";
        assertEquals("CueFinder.AfterQuote>CueAfter.AccordingTo", decision(text).cueRule());
        assertEquals("the newspaper", direct(text).get(0).speaker());
        assertEquals("according to", direct(text).get(0).cue());
    }

    @Test
    void subjectVerb() {
        String text = "“We will reopen the bridge in May,” Ann Lee, 54, said.";
        assertEquals("CueFinder.AfterQuote>CueAfter.SubjectVerb", decision(text, "Ann Lee=Ann Lee").cueRule());
        assertEquals("Ann Lee", direct(text, "Ann Lee=Ann Lee").get(0).speakerCanonical());
    }

    @Test
    void aSubjectVerbThatStartsANewSentenceIsNotThisQuotesCue() {
        String text = "“We will reopen the bridge in May.” Ann Lee recalled the flood of last year.";
        assertEquals(null, decision(text, "Ann Lee=Ann Lee").cueRule());
    }

    @Test
    void appositive() {
        String text = "“The rules are clear,” harbour lawyer Ann Lee said on Monday.";
        assertEquals("CueFinder.AfterQuote>CueAfter.Appositive", decision(text, "Ann Lee=Ann Lee").cueRule());
        assertEquals("Ann Lee", direct(text, "Ann Lee=Ann Lee").get(0).speakerCanonical());
    }

    @Test
    void opensClause() {
        assertEquals(true, CueAfter.opensClause("It ended. “Yes”", 10));
        assertEquals(true, CueAfter.opensClause("“Yes”", 0));
        assertEquals(false, CueAfter.opensClause("called it “absurd”", 10));
    }
}
