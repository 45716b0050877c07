package dev.copydesk.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.annotate.Amount;
import dev.copydesk.annotate.AnnotationJson;
import dev.copydesk.annotate.DateMention;
import dev.copydesk.annotate.Entity;
import dev.copydesk.annotate.EntityType;
import dev.copydesk.annotate.Layers;
import dev.copydesk.annotate.Quote;
import dev.copydesk.core.Article;
import dev.copydesk.core.ArticleJson;
import dev.copydesk.index.ArticleIndex;
import dev.copydesk.ingest.InputError;
import dev.copydesk.ingest.InputSink;
import dev.copydesk.ingest.Inputs;
import dev.copydesk.ingest.RawInput;
import dev.copydesk.ingest.ReadLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingest of already analysed JSON Lines: records stored with their layers as they are, never analysed. */
class PreAnalysedIngestTest {
    static final String SPEECH = "\"The quay opens in May,\" said Mara Lind.";

    @TempDir
    Path dir;

    /** A hand-annotated article as {@code copydesk analyze} would write it. */
    static Article analysed(String id, String tail) {
        String text = "Mara Lind leads the harbour board of Eastport. " + SPEECH + " It cost 4 million euros on 3 May 2024." + tail;
        int lind = text.indexOf("Mara Lind");
        int port = text.indexOf("Eastport");
        int quote = text.indexOf(SPEECH);
        int speaker = text.indexOf("Mara Lind", quote);
        int cost = text.indexOf("4 million euros");
        int date = text.indexOf("3 May 2024");
        return Article.builder().id(id).source("cluster/part-0.jsonl#1").title("Quay " + id).text(text).build()
                .withLayer(Layers.ENTITIES, List.of(
                        new Entity(lind, lind + 9, "Mara Lind", EntityType.PERSON, "Mara Lind"),
                        new Entity(port, port + 8, "Eastport", EntityType.LOCATION, "Eastport"),
                        new Entity(speaker, speaker + 9, "Mara Lind", EntityType.PERSON, "Mara Lind")))
                .withLayer(Layers.QUOTES, List.of(new Quote(quote + 1, quote + 23, "The quay opens in May,", true,
                        "Mara Lind", speaker, speaker + 9, "Mara Lind", "said")))
                .withLayer(Layers.AMOUNTS, List.of(new Amount(cost, cost + 15, "4 million euros", 4e6, "EUR", null)))
                .withLayer(Layers.DATES, List.of(new DateMention(date, date + 10, "3 May 2024", "2024-05-03")));
    }

    static String line(Article a) {
        return ArticleJson.toJson(a, List.of(AnnotationJson.INSTANCE));
    }

    /** Reads JSON Lines as {@code copydesk ingest --analyzed} does. */
    static List<RawInput> read(String jsonl, List<String> errors) {
        List<RawInput> out = new ArrayList<>();
        Inputs.forAnalysedRecords(ReadLimits.defaults()).read("analysed.jsonl", "analysed.jsonl", -1,
                new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)), new InputSink() {
                    @Override
                    public void accept(RawInput in) {
                        out.add(in);
                    }

                    @Override
                    public void error(InputError error) {
                        errors.add(error.message());
                    }
                });
        return out;
    }

    static Ingestor ingestor(ArticleIndex index) {
        IngestConfig config = IngestConfig.defaults().withPreAnalysed(true);
        ArticleAnalyzer never = new ArticleAnalyzer(config.analysis(), () -> {
            throw new AssertionError("no analysis may run on analysed input");
        });
        return new Ingestor(config, never, new IndexStore(index));
    }

    @Test
    void storesEachRecordWithItsLayersAsTheyAre() throws IOException {
        Article a = analysed("a", "");
        Article b = analysed("b", " More followed.");
        List<String> errors = new ArrayList<>();
        List<RawInput> inputs = read(line(a) + "\n" + line(b) + "\n", errors);
        assertEquals(List.of(), errors);
        assertEquals(RawInput.Kind.ARTICLE_JSON, inputs.get(0).kind());
        ArticleIndex index = ArticleIndex.open(dir);
        try (Ingestor in = ingestor(index)) {
            for (RawInput input : inputs) {
                assertEquals(IngestResult.Status.ADDED, in.ingest(input).status());
            }
            in.commit();
            List<Article> stored = index.articles(List.of("a", "b"));
            assertEquals(2, stored.size());
            for (int i = 0; i < 2; i++) {
                Article want = i == 0 ? a : b;
                Article got = stored.get(i);
                assertEquals(want.text(), got.text());
                assertEquals(want.title(), got.title());
                assertEquals(want.source(), got.source(), "the record's own source is kept");
                for (var key : List.of(Layers.ENTITIES, Layers.QUOTES, Layers.AMOUNTS, Layers.DATES)) {
                    assertEquals(want.layer(key, "test").items(), got.layer(key, "test").items(), key.name());
                }
            }
            assertEquals("Mara Lind", index.quotes("Mara Lind", null, 0, 10).get(0).speaker());
        }
    }

    @Test
    void anUnchangedRecordIsSkippedAndNewLayersReplace() throws IOException {
        Article a = analysed("a", "");
        try (Ingestor in = ingestor(ArticleIndex.open(dir))) {
            assertEquals(IngestResult.Status.ADDED, in.ingest(read(line(a), new ArrayList<>()).get(0)).status());
            assertEquals(IngestResult.Status.UNCHANGED, in.ingest(read(line(a), new ArrayList<>()).get(0)).status());
            Article fewer = a.withLayer(Layers.ENTITIES, a.layer(Layers.ENTITIES, "test").items().subList(0, 1));
            assertEquals(IngestResult.Status.REPLACED, in.ingest(read(line(fewer), new ArrayList<>()).get(0)).status(),
                    "the same text with other layers is not unchanged");
            assertEquals(new IngestCounts(1, 1, 1, 0), in.counts());
        }
    }

    @Test
    void aRecordWithASpanBeyondItsTextFailsAloneAndTheRunGoesOn() throws IOException {
        Article good = analysed("good", "");
        String text = good.text();
        String bad = line(analysed("bad", "")).replace("\"start\":" + text.indexOf("Eastport") + ",\"end\":"
                + (text.indexOf("Eastport") + 8), "\"start\":" + text.indexOf("Eastport") + ",\"end\":" + (text.length() + 5));
        assertTrue(!bad.equals(line(analysed("bad", ""))), "the fixture moved a span");
        ArticleIndex index = ArticleIndex.open(dir);
        try (Ingestor in = ingestor(index)) {
            List<IngestResult> results = new ArrayList<>();
            for (RawInput input : read(bad + "\n" + line(good) + "\n", new ArrayList<>())) {
                results.add(in.ingest(input));
            }
            assertEquals(IngestResult.Status.FAILED, results.get(0).status());
            assertEquals("analysed.jsonl#1", results.get(0).source());
            assertTrue(results.get(0).error().contains("entities") && results.get(0).error().contains("outside the text"),
                    results.get(0).error());
            assertEquals(IngestResult.Status.ADDED, results.get(1).status());
            assertEquals(new IngestCounts(1, 0, 0, 1), in.counts());
            in.commit();
            assertEquals(1, index.size());
        }
    }

    @Test
    void plainTextIsRefusedUnderTheAnalysedMode() throws IOException {
        try (Ingestor in = ingestor(ArticleIndex.open(dir))) {
            IngestResult r = in.ingest(RawInput.text("notes.txt", "Just some text."));
            assertEquals(IngestResult.Status.FAILED, r.status());
            assertTrue(r.error().contains("not an analysed article"), r.error());
        }
    }
}
