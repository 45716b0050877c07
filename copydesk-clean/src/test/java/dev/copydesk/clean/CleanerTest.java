package dev.copydesk.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.Article;
import dev.copydesk.ingest.RawInput;
import org.junit.jupiter.api.Test;

class CleanerTest {
    private static final String BODY = "The council voted on Tuesday to close the old bridge for repairs.\n\n"
            + "Residents said the detour would add twenty minutes to every trip into town.";

    private static Article clean(String source, String published) {
        return new Cleaner(Cleaner.Mode.NONE).clean(
                new RawInput(source, null, null, "Bridge closes", published, null, RawInput.Kind.TEXT, BODY));
    }

    @Test
    void givenPublishedDatesAreNormalisedToIso() {
        assertEquals("2016-09-12", clean("feed.jsonl", "September 12, 2016").published());
        assertEquals("2016-09-12T08:30:00Z", clean("feed.jsonl", "2016-09-12 08:30Z").published());
    }

    @Test
    void unreadablePublishedDatesBecomeNullWithAWarning() {
        Article a = clean("feed.jsonl", "last Tuesday");
        assertNull(a.published());
        assertTrue(a.diagnostics().items().stream().anyMatch(d -> d.code().equals("published-unreadable")), a.diagnostics().toString());
    }

    @Test
    void archiveFileNamesGiveTheDateWhenNothingElseDoes() {
        assertEquals("2016-09-12", clean("corpus/text/outlet_2016-09-12_bridge-closes.txt", null).published());
        assertEquals("2016-09-13", clean("corpus/text/west-outlet_2016-09-13_bridge-closes.txt", null).published());
        assertEquals("2020-01-02", clean("corpus/outlet_2016-09-12_bridge.txt", "2020-01-02").published());
        assertNull(clean("corpus/2016-09-12.txt", null).published());
        assertNull(clean("corpus/outlet_2016-19-12_bridge.txt", null).published());
        assertNull(Cleaner.dateInFileName(null));
    }
}
