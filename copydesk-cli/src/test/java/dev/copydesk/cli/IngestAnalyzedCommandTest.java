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
