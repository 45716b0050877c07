package dev.copydesk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArchiveNamesTest {
    @Test
    void readsOutletDateAndSlugFromTheLastPathSegment() {
        assertEquals(Optional.of(new ArchiveNames.ArchiveName("breitbart", "2016-09-12", "stealth-over-health.txt")),
                ArchiveNames.parse("../data/text/breitbart_2016-09-12_stealth-over-health.txt"));
        assertEquals("usa-today", ArchiveNames.parse("dir\\usa-today_2016-09-22_derelict.txt").orElseThrow().outlet());
        assertEquals("2016-01-02", ArchiveNames.parse("in/the.hill_2016-01-02_x.warc.gz#3").orElseThrow().date());
        assertEquals("x.warc.gz", ArchiveNames.parse("in/the.hill_2016-01-02_x.warc.gz#3").orElseThrow().slug());
    }

    @Test
    void onlyTheExactShapeCounts() {
        for (String no : new String[] {"seeds/004_28f1a68a629548d7.txt", "breitbart_2016-9-12_x.txt", "breitbart_2016-09-12_",
                "breitbart_2016-09-12.txt", "9news_2016-09-12_x.txt", "breitbart_2016-09-12_x/inner.txt", "-", ""}) {
            assertTrue(ArchiveNames.parse(no).isEmpty(), no);
        }
        assertTrue(ArchiveNames.parse(null).isEmpty());
    }
}
