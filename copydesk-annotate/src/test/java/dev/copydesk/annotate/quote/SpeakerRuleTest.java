package dev.copydesk.annotate.quote;

import static dev.copydesk.annotate.quote.TestLayers.decision;
import static dev.copydesk.annotate.quote.TestLayers.direct;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.copydesk.annotate.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who speaks through a verb before the quote: one text per speaker rule, the rule named in the trace. */
class SpeakerRuleTest {
    private static Quote only(String text, String... people) {
        List<Quote> q = direct(text, people);
        assertEquals(1, q.size(), q.toString());
        return q.get(0);
    }

    @Test
    void theOrderIsTheDocumentedPriority() {
        assertEquals(List.of("SpeakerRule.PassiveAgent", "SpeakerRule.EarlierCue", "SpeakerRule.ParticipleSubject",
                "SpeakerRule.RelativeAntecedent", "SpeakerRule.SubjectBeforeVerb", "SpeakerRule.InvertedAfterVerb",
                "SpeakerRule.ClauseSubject"), SpeakerRule.ORDER.stream().map(SpeakerRule::name).toList());
    }

    @Test
    void passiveAgent() {
        String text = "Ann Lee was asked by host Ben Ode: “Will the bridge open in May this year?”";
        assertEquals("CueFinder.BeforeInSentence>CueBefore.Verb>SpeakerRule.PassiveAgent", decision(text, "Ann Lee=Ann Lee", "Ben Ode=Ben Ode").cueRule());
        assertEquals("Ben Ode", only(text, "Ann Lee=Ann Lee", "Ben Ode=Ben Ode").speakerCanonical());
    }

    @Test
    void passiveWithoutAnAgentHasNoSpeaker() {
        String text = "Ann Lee was asked: “Will the bridge open in May this year?”";
        assertEquals("CueFinder.BeforeInSentence>CueBefore.Verb>SpeakerRule.PassiveAgent", decision(text, "Ann Lee=Ann Lee").cueRule());
        assertNull(only(text, "Ann Lee=Ann Lee").speaker());
    }

    @Test
    void earlierCue() {
        String text = "Ann Lee said the ferry had stopped, adding: “It will sail again in May.”";
        assertEquals("CueFinder.BeforeInSentence>CueBefore.Verb>SpeakerRule.EarlierCue", decision(text, "Ann Lee=Ann Lee").cueRule());
        assertEquals("Ann Lee", only(text, "Ann Lee=Ann Lee").speakerCanonical());
    }

    @Test
    void participleSubject() {
        String text = "Ann Lee stepped up her attacks on the plan, saying: “It will ruin the harbour.”";
        assertEquals("CueFinder.BeforeInSentence>CueBefore.Verb>SpeakerRule.ParticipleSubject", decision(text, "Ann Lee=Ann Lee").cueRule());
        assertEquals("Ann Lee", only(text, "Ann Lee=Ann Lee").speakerCanonical());
    }

    @Test
    void relativeAntecedent() {
        String text = "The loudest cheer was for Ann Lee, who declared in the hall, “We will win this fight.”";
        assertEquals("CueFinder.BeforeInSentence>CueBefore.Verb>SpeakerRule.RelativeAntecedent", decision(text, "Ann Lee=Ann Lee").cueRule());
        assertEquals("Ann Lee", only(text, "Ann Lee=Ann Lee").speakerCanonical());
    }

    @Test
    void subjectBeforeVerb() {
        String text = "The reservist asked bluntly: “Who will pay for the bridge now?”";
        assertEquals("CueFinder.BeforeInSentence>CueBefore.Verb>SpeakerRule.SubjectBeforeVerb", decision(text).cueRule());
        assertEquals("The reservist", only(text).speaker());
    }

    @Test
    void invertedAfterVerb() {
        String text = "The crowd went quiet. Said Ellis: “We will not move from this square.”";
        assertEquals("CueFinder.BeforeInSentence>CueBefore.Verb>SpeakerRule.InvertedAfterVerb", decision(text, "Ellis=Ellis").cueRule());
        assertEquals("Ellis", only(text, "Ellis=Ellis").speakerCanonical());
    }

    @Test
    void clauseSubject() {
        String text = "Ann Lee then put on a fake accent and joked: “I am the ferry now.”";
        assertEquals("CueFinder.BeforeInSentence>CueBefore.Verb>SpeakerRule.ClauseSubject", decision(text, "Ann Lee=Ann Lee").cueRule());
        assertEquals("Ann Lee", only(text, "Ann Lee=Ann Lee").speakerCanonical());
    }

    @Test
    void anObjectPronounIsNotTheSubject() {
        String text = "The sign had a caption under it saying: “Keep off the new bridge.”";
        String rule = decision(text).cueRule();
        assertEquals(false, rule.endsWith("SpeakerRule.SubjectBeforeVerb"), rule);
    }
}
