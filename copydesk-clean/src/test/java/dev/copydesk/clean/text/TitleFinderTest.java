package dev.copydesk.clean.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.clean.Extraction;
import dev.copydesk.clean.TextCleaner;
import org.junit.jupiter.api.Test;

class TitleFinderTest {
    private static final String BODY = "\n\nThe city council voted on Tuesday to close the harbour bridge for six months of repairs, "
            + "officials said, after inspectors found cracks in two of its main supports.\n\n"
            + "Residents said the closure would add twenty minutes to every trip into the old harbour district, "
            + "and shop owners feared the bridge repairs would keep customers away all summer.";

    @Test
    void titleCaseHeadlineWithAFullStopIsTheTitle() {
        Extraction e = new TextCleaner().clean("Harbour Bridge Closes for Repairs After Inspectors Find Cracks." + BODY);
        assertEquals("Harbour Bridge Closes for Repairs After Inspectors Find Cracks.", e.title());
        assertTrue(e.text().startsWith("The city council"), e.text());
    }

    @Test
    void aSentenceCaseLineAboveAWirePlacelineIsTheTitle() {
        String body = "\n\nPORTSMOUTH, N.H., Oct. 4 (UPI) — The city council voted on Tuesday to close the harbour bridge "
                + "for six months of repairs after inspectors found cracks in two of its main supports.\n\n"
                + "Residents said the closure would add twenty minutes to every trip into the old harbour district.";
        Extraction e = new TextCleaner().clean("Council votes to close harbour bridge for repairs." + body);
        assertEquals("Council votes to close harbour bridge for repairs.", e.title());
        e = new TextCleaner().clean("Harbour Bridge Closes, Council Says ‘Safety First.’" + BODY);
        assertEquals("Harbour Bridge Closes, Council Says ‘Safety First.’", e.title());
    }

    @Test
    void anOpeningSentenceIsNotATitle() {
        Extraction e = new TextCleaner().clean("The bridge closes for repairs after inspectors found cracks." + BODY);
        assertNull(e.title());
        assertTrue(e.text().startsWith("The bridge closes"), e.text());
    }

    @Test
    void shapeRules() {
        assertFalse(TitleFinder.titleCaseHeadline(features("Harbour Bridge Closes. Council Votes Again."), "Harbour Bridge Closes. Council Votes Again."));
        assertFalse(TitleFinder.titleCaseHeadline(features("Harbour Bridge Closes..."), "Harbour Bridge Closes..."));
        assertTrue(TitleFinder.titleCaseHeadline(features("Stealth Over Health: Mayor Was Headed to ER."), "Stealth Over Health: Mayor Was Headed to ER."));
    }

    private static Features features(String line) {
        return Features.of(line);
    }
}
