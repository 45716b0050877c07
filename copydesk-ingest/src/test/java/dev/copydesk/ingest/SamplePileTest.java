package dev.copydesk.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The sample pile the README starts with reads whole: every file, every record, no errors. */
class SamplePileTest {
    private static final Path SAMPLES = Path.of("..", "samples");

    @Test
    void everyFileAndRecordOfTheSamplePileIsReadWithoutAnError() {
        assertTrue(Files.isDirectory(SAMPLES), "the project's samples/ folder is missing");
        CollectingSink sink = CollectingSink.read(SAMPLES.toString());
        assertEquals(List.of(), sink.errors);

        Map<String, Integer> byShape = new TreeMap<>();
        for (RawInput input : sink.inputs) {
            String source = input.source();
            assertTrue(!source.endsWith(".md"), "samples/README.md was read as an article");
            String shape = source.contains(".warc.gz#") ? "warc" : source.contains(".jsonl#") ? "jsonl"
                    : source.contains("/text/") ? "text" : source.contains("/html/") ? "html" : source;
            byShape.merge(shape + "/" + input.kind(), 1, Integer::sum);
        }
        assertEquals(Map.of("html/HTML", 4, "jsonl/HTML", 1, "jsonl/TEXT", 11, "text/TEXT", 18, "warc/HTML", 4),
                byShape);
    }

    @Test
    void warcRecordsCarryTheirPageAddressesAndJsonLinesTheirDates() {
        CollectingSink sink = CollectingSink.read(SAMPLES.resolve("crawl.warc.gz").toString());
        assertEquals(4, sink.inputs.size());
        for (RawInput page : sink.inputs) {
            assertNotNull(page.url(), page.source());
            assertTrue(page.url().startsWith("https://"), page.url());
        }
        RawInput heist = CollectingSink.read(SAMPLES.resolve("feed.jsonl").toString()).inputs.get(1);
        assertEquals("ecbplus-24_3ecbplus", heist.id());
        assertEquals("2013-09-09", heist.published());
    }
}
