package dev.copydesk.annotate.quote;

import static dev.copydesk.annotate.quote.TestLayers.decision;
import static dev.copydesk.annotate.quote.TestLayers.direct;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.copydesk.annotate.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cue rules that read the words before an opening mark. */
class CueBeforeTest {
    private static Quote only(String text, String... people) {
        List<Quote> q = direct(text, people);
        assertEquals(1, q.size(), q.toString());
        return q.get(0);
    }

    @Test
    void verb() {
        String text = "Ann Lee shot back, “Nobody asked the harbour first.”";
        assertEquals("CueFinder.BeforeInSentence>CueBefore.Verb>SpeakerRule.SubjectBeforeVerb", decision(text, "Ann Lee=Ann Lee").cueRule());
        assertEquals("shot back", only(text, "Ann Lee=Ann Lee").cue());
    }

    @Test
    void accordingToBefore() {
        String text = "According to the newspaper, “the council never read the report before the vote.”";
        assertEquals("CueFinder.BeforeInSentence>CueBefore.Verb>according", decision(text).cueRule());
        assertEquals("the newspaper", only(text).speaker());
    }

    @Test
    void speechNoun() {
        String text = "Ann Lee issued a statement, “We will reopen the bridge in May.”";
        assertEquals("CueFinder.BeforeInSentence>CueBefore.SpeechNoun", decision(text, "Ann Lee=Ann Lee").cueRule());
        assertEquals("Ann Lee", only(text, "Ann Lee=Ann Lee").speakerCanonical());
    }

    @Test
    void label() {
        String text = "The debate ran late.\n\nAnn Lee: “We will reopen the bridge in May.”";
        assertEquals("CueFinder.BeforeInSentence>CueBefore.Label", decision(text, "Ann Lee=Ann Lee").cueRule());
        assertEquals("Ann Lee", only(text, "Ann Lee=Ann Lee").speakerCanonical());
    }

    @Test
    void subjectBeforeColon() {
        String text = "Ann Lee called them on it: “You never read the report before the vote.”";
        assertEquals("CueFinder.BeforeInSentence>CueBefore.SubjectBeforeColon", decision(text, "Ann Lee=Ann Lee").cueRule());
        assertEquals("Ann Lee", only(text, "Ann Lee=Ann Lee").speakerCanonical());
    }

    @Test
    void aVerbFarBeforeAQuoteItDoesNotIntroduceIsNoCue() {
        assertEquals(null, decision("Ann Lee said the town was quiet and “nobody wanted the new bridge at all” back then.",
                "Ann Lee=Ann Lee").cueRule());
    }
}
