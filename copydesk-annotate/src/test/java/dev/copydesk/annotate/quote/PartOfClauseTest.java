package dev.copydesk.annotate.quote;

import static dev.copydesk.annotate.quote.TestLayers.decision;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each reason a quote is only part of a reported clause, named by its rule. */
class PartOfClauseTest {
    private static String partOf(String text, String... people) {
        QuoteAttributor.Decision d = decision(text, people);
        assertNull(d.rejectedBy(), d.toString());
        return d.partOfClauseBy();
    }

    @Test
    void theOrderIsTheDocumentedPriority() {
        assertEquals(List.of("PartOfClause.ContinuesClause", "PartOfClause.OpensWithVerb", "PartOfClause.AfterThat"),
                PartOfClause.ORDER.stream().map(PartOfClause::name).toList());
    }

    @Test
    void continuesClause() {
        assertEquals("PartOfClause.ContinuesClause",
                partOf("The mayor said the delay was not the fault of the engineers, “not in the slightest.”"));
        assertNull(partOf("The mayor was blunt, telling her, “you are wrong about the bridge.”"));
    }

    @Test
    void opensWithVerb() {
        assertEquals("PartOfClause.OpensWithVerb", partOf("Nothing the mayor said “will calm the fears of the residents,” they said."));
    }

    @Test
    void afterThat() {
        assertEquals("PartOfClause.AfterThat", partOf("The mayor wrote in an email that, “Of course we will reopen the bridge.”"));
    }

    @Test
    void aPieceAfterASplitCueIsNeverPartOfAClause() {
        List<QuoteAttributor.Decision> all = TestLayers.explain("“The bridge stays shut,” she said, “and nobody can say for how long.”");
        assertEquals(2, all.size(), all.toString());
        assertNull(all.get(1).partOfClauseBy());
        assertNull(all.get(1).rejectedBy());
    }
}
