package dev.copydesk.index;

import static org.junit.jupiter.api.Assertions.*;

import dev.copydesk.core.Article;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OutletsTest {
    private static Article a(String source, String url, String published) {
        return Article.builder().id("x").source(source).url(url).published(published).text("t").build();
    }

    @Test
    void outletIsTheHostThenTheFileNameThenTheSource() {
        assertEquals("nytimes.com", Outlets.outlet(a("feed.jsonl#3", "https://www.NYTimes.com/2016/09/x.html", null)));
        assertEquals("news.bbc.co.uk", Outlets.outlet(a("x.warc", "http://news.bbc.co.uk/a", null)));
        assertEquals("breitbart", Outlets.outlet(a("../data/text/breitbart_2016-09-12_stealth-over-health-hillary-clin.txt", null, null)));
        assertEquals("breitbart", Outlets.outlet(a("dir\\breitbart_2016-09-12_slug.txt", "not a url", null)));
        assertEquals("seeds/004_28f1a68a629548d7.txt", Outlets.outlet(a("seeds/004_28f1a68a629548d7.txt", null, null)));
        assertEquals("-", Outlets.outlet(a("-", null, null)));
    }

    @Test
    void dayIsPublishedElseTheFileNameDate() {
        assertEquals(LocalDate.of(2016, 9, 12).toEpochDay(), Outlets.day(a("x", null, "2016-09-12")));
        assertEquals(LocalDate.of(2016, 9, 12).toEpochDay(), Outlets.day(a("x", null, "2016-09-12T23:30:00-05:00")));
        assertEquals(LocalDate.of(2016, 9, 20).toEpochDay(), Outlets.day(a("t/breitbart_2016-09-20_poll.txt", null, null)));
        assertEquals(LocalDate.of(2017, 1, 1).toEpochDay(), Outlets.day(a("t/breitbart_2016-09-20_poll.txt", null, "2017-01-01")));
        assertNull(Outlets.day(a("x", null, "2016-02-30")));
        assertNull(Outlets.day(a("x", null, "last week")));
        assertNull(Outlets.day(a("x", null, null)));
    }
}
