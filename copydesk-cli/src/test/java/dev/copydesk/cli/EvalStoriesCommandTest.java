package dev.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalStoriesCommandTest {
    @TempDir
    Path dir;

    private Path tiny() throws IOException {
        Path file = dir.resolve("stories.jsonl");
        Files.writeString(file, String.join("\n",
                "{\"doc_id\": \"a1\", \"cluster\": \"chile\", \"title\": \"Earthquake hits Valparaiso\", "
                        + "\"text\": \"A strong earthquake struck Valparaiso, collapsing houses in Vina del Mar.\"}",
                "{\"id\": \"g1\", \"cluster\": \"ship\", \"published\": \"2024-03-05\", \"title\": \"Gdansk launches icebreaker\", "
                        + "\"text\": \"The Gdansk shipyard launched an icebreaker for the Finnish navy.\"}",
                "",
                "{\"doc_id\": \"a2\", \"cluster\": \"chile\", \"title\": \"Valparaiso quake: houses collapse\", "
                        + "\"text\": \"Houses collapsed in Vina del Mar after the Valparaiso earthquake.\"}",
                "{\"doc_id\": \"v1\", \"cluster\": \"vote\", \"title\": \"Lisbon council votes on trams\", "
                        + "\"text\": \"Lisbon's council voted to extend the tram line to Belem.\"}") + "\n",
                StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void printsCountsAndScores() throws IOException {
        Cli run = Cli.run("eval", "stories", tiny().toString());
        assertEquals(0, run.code(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).contains("threshold 0.22"), run.out());
        assertTrue(lines.stream().anyMatch(l -> l.contains("BCubed F1") && l.contains("pair F1")), run.out());
        String row = lines.get(lines.size() - 1).strip();
        // 4 articles, 3 gold clusters, 3 stories, every score 1: the two Valparaiso reports join.
        assertEquals(List.of("file", "4", "3", "3", "1.000", "1.000", "1.000", "1.000", "1.000", "1.000"),
                List.of(row.split("\\s+")), run.out());
    }

    @Test
    void aThresholdOfOneSplitsTheParaphrases() throws IOException {
        Cli run = Cli.run("eval", "stories", "--threshold", "1", "--merge-threshold", "1", tiny().toString());
        assertEquals(0, run.code(), run.err());
        List<String> lines = run.out().lines().toList();
        // 4 stories: BCubed precision 1, recall (1/2 + 1/2 + 1 + 1) / 4, pairwise recall 0.
        assertEquals(List.of("file", "4", "3", "4", "1.000", "0.750", "0.857", "1.000", "0.000", "0.000"),
                List.of(lines.get(lines.size() - 1).strip().split("\\s+")), run.out());
    }

    @Test
    void theFinalMergeJoinsWhatTheThresholdKeptApart() throws IOException {
        Cli run = Cli.run("eval", "stories", "--threshold", "1", tiny().toString());
        assertEquals(0, run.code(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(List.of("file", "4", "3", "3", "1.000", "1.000", "1.000", "1.000", "1.000", "1.000"),
                List.of(lines.get(lines.size() - 1).strip().split("\\s+")), run.out());
    }

    @Test
    void aSplitKeepsOnlyItsArticles() throws IOException {
        Path file = dir.resolve("split.jsonl");
        Files.writeString(file, String.join("\n",
                "{\"id\": \"a\", \"cluster\": \"x\", \"split\": \"train\", \"text\": \"Lisbon trams\"}",
                "{\"id\": \"b\", \"cluster\": \"y\", \"split\": \"dev\", \"text\": \"Gdansk ships\"}",
                "{\"id\": \"c\", \"cluster\": \"z\", \"split\": \"dev\", \"text\": \"Oslo skiing\"}") + "\n",
                StandardCharsets.UTF_8);
        Cli run = Cli.run("eval", "stories", "--split", "dev", file.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().lines().findFirst().orElseThrow().contains("split dev"), run.out());
        List<String> lines = run.out().lines().toList();
        assertEquals("2", lines.get(lines.size() - 1).strip().split("\\s+")[1], run.out());
        Cli none = Cli.run("eval", "stories", "--split", "test", file.toString());
        assertEquals(1, none.code());
        assertTrue(none.err().contains("no articles in split test"), none.err());
    }

    @Test
    void shuffledOrdersGetARowEachAndTheirSpread() throws IOException {
        Cli run = Cli.run("eval", "stories", "--shuffle", "1,2", "--shuffle", "3", tiny().toString());
        assertEquals(0, run.code(), run.err());
        List<String> lines = run.out().lines().toList();
        for (String seed : List.of("1", "2", "3")) {
            assertTrue(lines.stream().anyMatch(l -> l.strip().startsWith("shuffle " + seed + " ")), run.out());
        }
        assertTrue(run.out().contains("Spread over 3 orders"), run.out());
        assertTrue(lines.stream().anyMatch(l -> l.strip().startsWith("BCubed F1")), run.out());
    }

    @Test
    void maxPerClusterKeepsTheFirstArticlesOfEachCluster() throws IOException {
        Cli run = Cli.run("eval", "stories", "--max-per-cluster", "1", tiny().toString());
        assertEquals(0, run.code(), run.err());
        List<String> lines = run.out().lines().toList();
        // One article of each of the 3 gold clusters, each its own story.
        assertEquals(List.of("file", "3", "3", "3", "1.000", "1.000", "1.000"),
                List.of(lines.get(lines.size() - 1).strip().split("\\s+")).subList(0, 7), run.out());
    }

    @Test
    void weightsNeedFourNonNegativeNumbers() throws IOException {
        assertEquals(2, Cli.run("eval", "stories", "--weights", "1,0,1", tiny().toString()).code());
        Cli negative = Cli.run("eval", "stories", "--weights", "1,0,-1,0", tiny().toString());
        assertEquals(2, negative.code());
        assertTrue(negative.err().contains("--weights"), negative.err());
        Cli wordsOnly = Cli.run("eval", "stories", "--weights", "1,0,0,0", tiny().toString());
        assertEquals(0, wordsOnly.code(), wordsOnly.err());
        assertTrue(wordsOnly.out().contains("weights words 1, stems 0, names 0, numbers 0"), wordsOnly.out());
    }

    @Test
    void aLineWithoutClusterIsAnError() throws IOException {
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(file, "{\"doc_id\": \"a\", \"text\": \"x\"}\n", StandardCharsets.UTF_8);
        Cli run = Cli.run("eval", "stories", file.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("bad.jsonl:1") && run.err().contains("cluster"), run.err());
    }

    @Test
    void aMissingFileIsAnError() {
        Cli run = Cli.run("eval", "stories", dir.resolve("none.jsonl").toString());
        assertEquals(1, run.code());
        assertTrue(run.err().startsWith("copydesk: "), run.err());
    }

    @Test
    void aThresholdOutsideTheUnitIntervalIsAUsageError() throws IOException {
        Cli run = Cli.run("eval", "stories", "--threshold", "0", tiny().toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("--threshold"), run.err());
    }
}
