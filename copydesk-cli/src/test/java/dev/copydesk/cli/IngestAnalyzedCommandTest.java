package dev.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.copydesk.index.ArticleIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code copydesk ingest --analyzed}: analyze's own output indexed as it is, a bad record failing alone. */
class IngestAnalyzedCommandTest {
    @TempDir
    Path dir;

    @Test
    void analyzeOutputIsIndexedWithItsAnnotationsAndABadSpanFailsAlone() throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("harbour.txt"), AnalyzeCommandTest.ARTICLE);
        Files.writeString(in.resolve("school.txt"), IngestSearchCommandTest.SCHOOL);
        Cli analyzed = Cli.run("analyze", "-q", in.toString());
        assertEquals(0, analyzed.code(), analyzed.err());
        List<JsonNode> records = IngestSearchCommandTest.jsonLines(analyzed.out());
        assertEquals(2, records.size());
        JsonNode good = records.get(0);
        assertFalse(good.get("entities").isEmpty(), "the analyzer found entities to carry over");
        assertFalse(good.get("quotes").isEmpty(), "the analyzer found quotes to carry over");

        ObjectNode bad = records.get(1).deepCopy();
        ObjectNode entity = (ObjectNode) ((ArrayNode) bad.get("entities")).get(0);
        entity.put("end", bad.get("text").asText().length() + 3);
        ObjectMapper m = new ObjectMapper();
        Path file = dir.resolve("analysed.jsonl");
        Files.writeString(file, m.writeValueAsString(good) + "\n" + m.writeValueAsString(bad) + "\n");

        String index = dir.resolve("index").toString();
        Cli first = Cli.run("ingest", "--analyzed", "-q", "--index", index, file.toString());
        assertEquals(1, first.code(), first.err());
        assertEquals("1 added, 0 replaced, 0 unchanged, 1 failed; the index at " + index + " holds 1 article\n", first.out());
        assertTrue(first.err().contains(file + "#2: layer 'entities'"), first.err());
        assertTrue(first.err().contains("outside the text"), first.err());

        try (ArticleIndex read = ArticleIndex.openReadOnly(Path.of(index))) {
            JsonNode stored = m.readTree(read.articleJson(good.get("id").asText()).orElseThrow());
            assertEquals(good.get("text"), stored.get("text"));
            assertEquals(good.get("entities"), stored.get("entities"));
            assertEquals(good.get("quotes"), stored.get("quotes"));
            assertEquals(good.get("amounts"), stored.get("amounts"));
            assertEquals(good.get("dates"), stored.get("dates"));
        }

        Files.writeString(file, m.writeValueAsString(good) + "\n");
        Cli again = Cli.run("ingest", "--analyzed", "-q", "--index", index, file.toString());
        assertEquals(0, again.code(), again.err());
        assertEquals("0 added, 0 replaced, 1 unchanged, 0 failed; the index at " + index + " holds 1 article\n", again.out());
    }

    @Test
    void theSparkJobsOutputDirectoryIsReadThroughItsArticlesAndAnErrorRowFailsAlone() throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("harbour.txt"), AnalyzeCommandTest.ARTICLE);
        Cli analyzed = Cli.run("analyze", "-q", in.toString());
        assertEquals(0, analyzed.code(), analyzed.err());
        ObjectNode article = (ObjectNode) IngestSearchCommandTest.jsonLines(analyzed.out()).get(0);
        // The job's row: the article, its links and where it came from (nulls left out, as Spark writes JSON).
        article.put("story", "s1").put("storyLabel", "Harbour").put("similarity", 1.0).put("input", "in/harbour.txt")
                .put("record", 0);
        article.putArray("differingParagraphs");
        ObjectMapper m = new ObjectMapper();
        Path out = dir.resolve("spark-out");
        Files.createDirectories(out.resolve("articles-jsonl"));
        Files.createDirectories(out.resolve("articles"));
        Files.writeString(out.resolve("articles-jsonl/part-00000.jsonl"), m.writeValueAsString(article) + "\n"
                + "{\"source\":\"in/junk.txt\",\"input\":\"in/junk.txt\",\"record\":0,\"error\":\"binary file\"}\n");
        Files.writeString(out.resolve("articles-jsonl/_SUCCESS"), "");
        Files.writeString(out.resolve("stories.jsonl"), "{\"id\":\"x\",\"story\":\"s1\"}\n");
        Files.write(out.resolve("articles/part-00000.snappy.parquet"), new byte[] {'P', 'A', 'R', '1', 0, 0, 0});

        String index = dir.resolve("index").toString();
        Cli r = Cli.run("ingest", "--analyzed", "-q", "--index", index, out.toString());
        assertEquals(1, r.code(), r.err());
        assertEquals("1 added, 0 replaced, 0 unchanged, 1 failed; the index at " + index + " holds 1 article\n", r.out());
        assertTrue(r.err().contains("part-00000.jsonl: line 2: an error row of in/junk.txt: binary file"), r.err());
        assertFalse(r.err().contains("stories.jsonl"), "the links file beside the articles is not read: " + r.err());
        try (ArticleIndex read = ArticleIndex.openReadOnly(Path.of(index))) {
            JsonNode stored = m.readTree(read.articleJson(article.get("id").asText()).orElseThrow());
            assertEquals(article.get("entities"), stored.get("entities"));
        }
    }

    @Test
    void plainTextIsRefusedUnderAnalyzed() throws Exception {
        Path f = dir.resolve("notes.txt");
        Files.writeString(f, "A note about the harbour.");
        Cli r = Cli.run("ingest", "--analyzed", "-q", "--index", dir.resolve("index").toString(), f.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains(f + ": not an analysed article"), r.err());
    }

    @Test
    void helpExplainsTheOption() {
        Cli r = Cli.run("ingest", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("--analyzed"), r.out());
    }
}
