package dev.copydesk.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.Pipeline;
import dev.copydesk.index.ArticleIndex;
import dev.copydesk.ingest.RawInput;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index as a store: what one run put and committed, the next run finds unchanged, after reopening. */
class IndexStoreTest {
    @TempDir
    Path dir;

    @Test
    void aSecondRunSkipsWhatTheFirstCommitted() throws IOException {
        WordStage words = new WordStage();
        RawInput a = IngestorTest.text("a", IngestorTest.paragraph(1));
        RawInput b = IngestorTest.text("b", IngestorTest.paragraph(2));
        IngestConfig config = IngestConfig.defaults();
        ArticleIndex first = ArticleIndex.open(dir);
        try (Ingestor in = new Ingestor(config, new ArticleAnalyzer(config.analysis(), () -> Pipeline.of(words)), new IndexStore(first))) {
            assertEquals(IngestResult.Status.ADDED, in.ingest(a).status());
            assertEquals(IngestResult.Status.ADDED, in.ingest(b).status());
        }
        assertEquals(2, words.calls.get());

        ArticleIndex second = ArticleIndex.open(dir);
        try (Ingestor in = new Ingestor(config, new ArticleAnalyzer(config.analysis(), () -> Pipeline.of(words)), new IndexStore(second))) {
            assertEquals(IngestResult.Status.UNCHANGED, in.ingest(a).status());
            assertEquals(IngestResult.Status.REPLACED, in.ingest(IngestorTest.text("b", IngestorTest.paragraph(3))).status());
            in.commit();
            assertEquals(2, second.size());
            assertTrue(second.articleJson("b").orElseThrow().contains("number 3"));
        }
        assertEquals(3, words.calls.get(), "the unchanged article was not analysed again");
    }
}
