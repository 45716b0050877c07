package dev.copydesk.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReporterTest {
    @Test
    void errorsAreOneLineAndCapped() {
        CollectingSink sink = new CollectingSink();
        Reporter r = new Reporter(sink, "in.txt", 2);
        r.error("first\nproblem\t here ");
        r.error("x".repeat(1000));
        r.error("dropped");
        r.finish();
        assertEquals(3, sink.errors.size());
        assertEquals(new InputError("in.txt", "first problem here"), sink.errors.get(0));
        assertEquals(Reporter.MAX_MESSAGE_CHARS, sink.errors.get(1).message().length());
        assertTrue(sink.errors.get(1).message().endsWith("…"));
        assertEquals("1 more error in this input not shown", sink.errors.get(2).message());
        assertEquals("in.txt: first problem here", sink.errors.get(0).toString());
    }

    @Test
    void recordSources() {
        Reporter r = new Reporter(new CollectingSink(), "crawl.warc.gz", 1);
        assertEquals("crawl.warc.gz#3", r.recordSource(3));
        assertEquals("crawl.warc.gz", r.source());
    }
}
