package dev.copydesk.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.Pipeline;
import dev.copydesk.ingest.RawInput;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class IngestorTest {
    final WordStage words = new WordStage();
    final MemoryStore store = new MemoryStore();

    Ingestor ingestor(IngestConfig config) {
        return new Ingestor(config, new ArticleAnalyzer(config.analysis(), () -> Pipeline.of(words)), store);
    }

    static RawInput text(String id, String text) {
        return new RawInput("in/" + id + ".txt", id, null, "Title " + id, "2024-05-01", null, RawInput.Kind.TEXT, text);
    }

    static String paragraph(int n) {
        return "The harbour board met on Tuesday and approved plan number " + n + " for the new quay, "
                + "said the chair of the board, who has served for many years.";
    }

    @Test
    void addsReplacesAndSkipsUnchangedWithoutAnalysingAgain() {
        Ingestor in = ingestor(IngestConfig.defaults());
        assertEquals(IngestResult.Status.ADDED, in.ingest(text("a", paragraph(1))).status());
        assertEquals(IngestResult.Status.ADDED, in.ingest(text("b", paragraph(2))).status());
        assertEquals(2, words.calls.get());

        IngestResult again = in.ingest(text("a", paragraph(1)));
        assertEquals(IngestResult.Status.UNCHANGED, again.status());
        assertEquals("a", again.id());
        assertEquals(2, words.calls.get(), "an unchanged article is not analysed again");

        assertEquals(IngestResult.Status.REPLACED, in.ingest(text("a", paragraph(3))).status());
        assertEquals(new IngestCounts(2, 1, 1, 0), in.counts());
        assertTrue(store.articles.get("a").hasLayer(WordStage.WORDS));
        assertTrue(store.articles.get("a").text().contains("number 3"));
    }

    @Test
    void failuresAreResultsAndTheRunGoesOn() {
        Ingestor in = ingestor(IngestConfig.defaults().withAnalysis(AnalysisConfig.defaults().withMaxChars(500)));
        IngestResult blank = in.ingest(text("blank", "   \n\n  "));
        assertEquals(IngestResult.Failure.NO_TEXT, blank.failure());
        assertTrue(blank.error().startsWith("no article text found"), blank.error());

        IngestResult huge = in.ingest(text("huge", paragraph(1).repeat(20)));
        assertEquals(IngestResult.Status.FAILED, huge.status());
        assertEquals(IngestResult.Failure.OVER_ANALYSIS_LIMIT, huge.failure());
        assertTrue(huge.error().matches("text of 2,\\d{3} chars is over the analysis limit of 500"), huge.error());

        IngestResult broken = in.ingest(text("broken", "This text makes the stage FAIL on purpose."));
        assertEquals(IngestResult.Failure.ERROR, broken.failure());
        assertEquals("the words stage cannot read this text", broken.error());
        assertEquals("in/broken.txt", broken.source());

        IngestResult unreadable = in.failed("in/missing.txt", "no such file or directory");
        assertEquals(IngestResult.Failure.UNREADABLE, unreadable.failure());
        assertNull(unreadable.id());

        assertEquals(IngestResult.Status.ADDED, in.ingest(text("fine", paragraph(4))).status());
        assertEquals(new IngestCounts(1, 0, 0, 4), in.counts());
        assertEquals(List.of("fine"), List.copyOf(store.articles.keySet()));
    }

    @Test
    void commitsEveryNArticlesAndOnClose() throws IOException {
        Ingestor in = ingestor(IngestConfig.defaults().withCommitEvery(3));
        for (int i = 0; i < 7; i++) {
            in.ingest(text("n" + i, paragraph(i)));
        }
        assertEquals(List.of(3, 6), store.commits);
        in.close();
        assertTrue(store.closed);
        assertEquals(7, store.commits.get(store.commits.size() - 1));
        assertThrows(IngestorClosedException.class, () -> in.ingest(text("late", paragraph(9))));
        in.close();
    }

    @Test
    void commitsWhenTheIntervalHasPassed() throws InterruptedException {
        Ingestor in = ingestor(IngestConfig.defaults().withCommitInterval(Duration.ofMillis(50)));
        in.ingest(text("first", paragraph(1)));
        assertTrue(store.commits.isEmpty());
        Thread.sleep(80);
        in.ingest(text("second", paragraph(2)));
        assertEquals(List.of(2), store.commits);
    }

    @Test
    void keepsTheAnalysedArticleOnlyWhenAsked() {
        assertNull(ingestor(IngestConfig.defaults()).ingest(text("x", paragraph(1))).article());
        IngestResult kept = ingestor(IngestConfig.defaults().withKeepArticles(true)).ingest(text("y", paragraph(2)));
        assertNotNull(kept.article());
        assertTrue(kept.article().layer(WordStage.WORDS, "test").size() > 10);
    }

    @Test
    void preparedOnManyThreadsAndPutInOrder() throws Exception {
        Ingestor in = ingestor(IngestConfig.defaults().withCommitEvery(10));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Ingestor.Prepared>> prepared = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                // ids repeat: in input order, the later article replaces the earlier one
                RawInput input = text("id" + (i % 40), paragraph(i));
                prepared.add(pool.submit(() -> in.prepare(input)));
            }
            List<IngestResult.Status> statuses = new ArrayList<>();
            for (Future<Ingestor.Prepared> f : prepared) {
                statuses.add(in.put(f.get()).status());
            }
            assertEquals(IngestResult.Status.ADDED, statuses.get(0));
            assertEquals(IngestResult.Status.REPLACED, statuses.get(45));
        } finally {
            pool.shutdownNow();
        }
        assertEquals(new IngestCounts(40, 20, 0, 0), in.counts());
        for (int i = 0; i < 20; i++) {
            assertTrue(store.articles.get("id" + i).text().contains("number " + (i + 40) + " "), "id" + i);
        }
    }

    @Test
    void ingestIsSafeFromManyThreads() throws Exception {
        Ingestor in = ingestor(IngestConfig.defaults().withCommitEvery(7));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<IngestResult>> results = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                RawInput input = text("t" + i, paragraph(i));
                results.add(pool.submit(() -> in.ingest(input)));
            }
            for (Future<IngestResult> f : results) {
                assertEquals(IngestResult.Status.ADDED, f.get().status());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(new IngestCounts(100, 0, 0, 0), in.counts());
        assertEquals(100, store.articles.size());
        assertEquals(14, store.commits.size());
    }

    @Test
    void cleanedArticlesGoInToo() {
        Ingestor in = ingestor(IngestConfig.defaults());
        ArticleAnalyzer analyzer = new ArticleAnalyzer(AnalysisConfig.defaults(), () -> Pipeline.of(words));
        IngestResult r = in.ingest(analyzer.clean(text("c", paragraph(5))));
        assertEquals(IngestResult.Status.ADDED, r.status());
        assertEquals("c", r.id());
    }
}
