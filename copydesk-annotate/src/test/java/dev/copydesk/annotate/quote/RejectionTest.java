package dev.copydesk.annotate.quote;

import static dev.copydesk.annotate.quote.TestLayers.decision;
import static dev.copydesk.annotate.quote.TestLayers.direct;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each reason that marked text is not a quote, named by the rule that rejects it. */
class RejectionTest {
    private static String rejectedBy(String text, String... people) {
        return decision(text, people).rejectedBy();
    }

    @Test
    void theOrderIsTheDocumentedPriority() {
        assertEquals(List.of("Rejection.TooShort", "Rejection.NotAfterSpeechVerb", "Rejection.Markup", "Rejection.HeadlineByline",
                "Rejection.ExcerptAfterByline", "Rejection.TitleCase", "Rejection.Fragment"),
                Rejection.ORDER.stream().map(Rejection::name).toList());
    }

    @Test
    void aWholeQuoteIsNotRejected() {
        assertNull(rejectedBy("“We will open the bridge in May,” the mayor said."));
    }

    @Test
    void tooShort() {
        assertEquals("Rejection.TooShort", rejectedBy("Critics called the plan “absurd” on Monday."));
        assertNull(rejectedBy("The vote failed.\n\n“Never,” the mayor said."), "a whole short utterance with its cue");
    }

    @Test
    void notAfterSpeechVerb() {
        assertEquals("Rejection.NotAfterSpeechVerb", rejectedBy("The owner threatened “a major lawsuit over the noise” last week."));
        assertNull(rejectedBy("She says “we worked hard for every single vote.”"));
    }

    @Test
    void markup() {
        assertEquals("Rejection.Markup", rejectedBy("<post date=\"May 9, 2016\n\">The stands were empty and the crowd sat in one corner all night.</post>"));
    }

    @Test
    void headlineByline() {
        assertEquals("Rejection.HeadlineByline",
                rejectedBy("Morning reads.\n\n“Council delays the vote on the new bridge again,” by Ann Lee: a long wait."));
    }

    @Test
    void excerptAfterByline() {
        String text = "HARBOUR NEWS—“Ferry returns to the island in May,” by Herald reporter Ann Lee: “The ferry will sail again.”";
        List<QuoteAttributor.Decision> all = TestLayers.explain(text);
        assertEquals(2, all.size(), all.toString());
        assertEquals("Rejection.ExcerptAfterByline", all.get(1).rejectedBy());
        assertEquals(0, direct(text).size());
    }

    @Test
    void titleCase() {
        assertEquals("Rejection.TitleCase", rejectedBy("The documentary, “The Secret Life of Harbour Towns,” opens next week in Leeds."));
        assertNull(rejectedBy("“Never Again Will We Wait,” the protesters chanted."), "a cue makes a title-case quote a quote");
    }

    @Test
    void fragment() {
        assertEquals("Rejection.Fragment", rejectedBy("The new bridge (“a road to nowhere at all”) opened on Monday."));
        assertEquals("Rejection.Fragment", rejectedBy("The plan is, in short, “a bridge to nowhere at all” for them."));
    }

    @Test
    void titleCaseShape() {
        String t = "Save Our Quay Now";
        assertEquals(true, Rejection.TitleCase.isTitleCase(t, 0, t.length()));
        String one = "Quay";
        assertEquals(false, Rejection.TitleCase.isTitleCase(one, 0, one.length()));
    }
}
