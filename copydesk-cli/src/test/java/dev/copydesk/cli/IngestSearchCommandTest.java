package dev.copydesk.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.copydesk.index.ArticleIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestSearchCommandTest {
    static final String SCHOOL = String.join("\n\n",
            "School reopens in Porthleven after the storms",
            "The primary school in Porthleven reopened on Monday after repairs to its roof. Head teacher Tom Ford "
                    + "welcomed pupils back to the harbour town.",
            "“We are glad to be home,” Mr Ford said. Cornwall Council paid for the work.");

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path f = dir.resolve("in").resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
        return f;
    }

    private static String feedLine(String title, String text) {
        return "{\"id\":\"ferry-1\",\"url\":\"https://www.islands.example/ferry\",\"title\":\"" + title + "\",\"published\":\"2016-11-02\",\"text\":\""
                + text + "\"}\n";
    }

    static List<JsonNode> jsonLines(String out) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        ObjectMapper m = new ObjectMapper();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                nodes.add(m.readTree(line));
            }
        }
        return nodes;
    }

    @Test
    void ingestThenSearch() throws Exception {
        write("breitbart_2016-09-12_harbour-wall.txt", AnalyzeCommandTest.ARTICLE);
        write("cornwalllive_2016-10-03_school-reopens.txt", SCHOOL);
        Path feed = write("feed.jsonl", feedLine("Ferry timetable changes", "The ferry to the Isles of Scilly will run twice a day."));
        String index = dir.resolve("index").toString();
        String in = dir.resolve("in").toString();

        Cli first = Cli.run("ingest", "-q", "--index", index, in, dir.resolve("missing.txt").toString());
        assertEquals(1, first.code(), first.err());
        assertTrue(first.err().contains("missing.txt"), first.err());
        assertEquals("3 added, 0 replaced, 0 unchanged, 1 failed; the index at " + index + " holds 3 articles\n", first.out());

        Cli again = Cli.run("ingest", "-q", "--index", index, in);
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().startsWith("0 added, 0 replaced, 3 unchanged, 0 failed;"), again.out());

        // an input with its own id replaces its earlier version
        Files.writeString(feed, feedLine("Ferry timetable changes", "The ferry to the Isles of Scilly will run three times a day."));
        Cli changed = Cli.run("ingest", "-q", "--index", index, in);
        assertEquals(0, changed.code(), changed.err());
        assertEquals("0 added, 1 replaced, 2 unchanged, 0 failed; the index at " + index + " holds 3 articles\n", changed.out());
        assertTrue(Cli.run("search", "--index", index, "three").out().contains("[[three]] times"));

        Cli text = Cli.run("search", "--index", index, "harbour", "wall");
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().startsWith("1. Mayor backs harbour wall plan after winter storms\n   breitbart · 2016-09-12 · score "), text.out());
        assertTrue(text.out().contains("the new [[wall]] would"), text.out());
        assertTrue(text.out().endsWith("1-1 of 1 article\n"), text.out());

        Cli json = Cli.run("search", "--index", index, "--json", "harbour");
        assertEquals(0, json.code(), json.err());
        List<JsonNode> hits = jsonLines(json.out());
        assertEquals(2, hits.size());
        assertEquals(0, Cli.run("search", "--index", index, "--json", "scilly", "twice").out().length());
        for (JsonNode h : hits) {
            List<String> fields = new ArrayList<>();
            h.fieldNames().forEachRemaining(fields::add);
            assertEquals(List.of("id", "title", "source", "url", "published", "score", "snippet"), fields);
            assertEquals(-1, h.get("snippet").asText().indexOf('\uE000'));
        }
        // the school's body says "harbour"; the other article has it in its title only, so its snippet is its opening
        // the title match ranks first
        assertTrue(hits.get(0).get("snippet").asText().startsWith("Councillor Mary Jenkins"), hits.get(0).toString());
        assertTrue(hits.get(1).get("snippet").asText().contains("the **harbour** town"), hits.get(1).toString());

        Cli school = Cli.run("search", "--index", index, "--json", "--entity", "tom ford", "--source", "CORNWALLLIVE",
                "--from", "2016-10-01", "--to", "2016-10-31");
        assertEquals(0, school.code(), school.err());
        assertEquals(1, jsonLines(school.out()).size(), school.out());
        assertEquals("School reopens in Porthleven after the storms", jsonLines(school.out()).get(0).get("title").asText());

        Cli none = Cli.run("search", "--index", index, "submarine");
        assertEquals(0, none.code());
        assertEquals("No articles match.\n", none.out());

        Cli all = Cli.run("search", "--index", index, "--limit", "1", "--page", "2");
        assertEquals(0, all.code(), all.err());
        assertTrue(all.out().startsWith("2. "), all.out());
        assertTrue(all.out().endsWith("2-2 of 3 articles\n"), all.out());
    }

    @Test
    void searchErrors() throws Exception {
        String missing = dir.resolve("nothing-here").toString();
        Cli noIndex = Cli.run("search", "--index", missing, "harbour");
        assertEquals(1, noIndex.code());
        assertEquals("copydesk: no index at " + missing + "; run 'copydesk ingest' first\n", noIndex.err());

        String index = dir.resolve("index").toString();
        ArticleIndex.open(Path.of(index)).close();
        Cli bad = Cli.run("search", "--index", index, "\"unclosed");
        assertEquals(2, bad.code());
        assertTrue(bad.err().startsWith("copydesk: invalid query: "), bad.err());
        assertEquals("", bad.out());
        assertEquals(2, Cli.run("search", "--index", index, "title:(").code());
        assertEquals(0, Cli.run("search", "--index", index, "harbour").code());

        for (String[] args : new String[][] {{"--limit", "0"}, {"--limit", "101"}, {"--page", "0"}, {"--page", "2000"},
                {"--from", "2016-13-01"}, {"--from", "yesterday"}, {"--from", "2016-10-02", "--to", "2016-10-01"}}) {
            List<String> cmd = new ArrayList<>(List.of("search", "--index", index, "x"));
            cmd.addAll(List.of(args));
            Cli r = Cli.run(cmd.toArray(String[]::new));
            assertEquals(2, r.code(), String.join(" ", args) + ": " + r.err());
            assertTrue(r.err().contains("Usage: copydesk search"), r.err());
        }
    }

    @Test
    void ingestIntoAnIndexInUseFails() throws Exception {
        Path f = write("a.txt", SCHOOL);
        Path index = dir.resolve("index");
        try (ArticleIndex open = ArticleIndex.open(index)) {
            Cli r = Cli.run("ingest", "-q", "--index", index.toString(), f.toString());
            assertEquals(1, r.code());
            assertEquals("copydesk: index " + index + " is in use by another copydesk process\n", r.err());
            assertEquals(0, open.size());
        }
        assertEquals(2, Cli.run("ingest", "--index", index.toString()).code());
    }

    @Test
    void benchSearchReportsATable() throws Exception {
        write("breitbart_2016-09-12_harbour-wall.txt", AnalyzeCommandTest.ARTICLE);
        write("cornwalllive_2016-10-03_school-reopens.txt", SCHOOL);
        Path index = dir.resolve("bench-index");
        Cli r = Cli.run("bench", "search", "--source-dir", dir.resolve("in").toString(), "--articles", "300", "--queries", "3",
                "--warmup", "1", "--index", index.toString(), "-q");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Search at 300 articles (variants of 2 analysed"), r.out());
        assertTrue(r.out().contains("entity profile "), r.out());
        assertTrue(r.out().endsWith("Index kept at " + index + "\n"), r.out());
        Cli notEmpty = Cli.run("bench", "search", "--source-dir", dir.resolve("in").toString(), "--index", index.toString(), "-q");
        assertEquals(1, notEmpty.code());
        assertTrue(notEmpty.err().contains("is not empty"), notEmpty.err());
        assertEquals(2, Cli.run("bench", "search").code());
        assertEquals(2, Cli.run("bench", "search", "--source-dir", "x", "--articles", "0").code());
    }
}
