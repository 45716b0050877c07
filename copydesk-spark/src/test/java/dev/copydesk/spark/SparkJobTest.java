package dev.copydesk.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.Article;
import dev.copydesk.pipeline.AnalysisConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job on local[2] against the single-machine library over the same synthetic corpus. */
class SparkJobTest {
    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().config(SessionDefaults.apply(new org.apache.spark.SparkConf())).master("local[2]").appName("copydesk-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void outputEqualsTheSingleMachineAnalysisAndLinking() throws IOException {
        Path corpus = Corpus.write(dir.resolve("corpus"));
        String out = dir.resolve("out").toString();
        SparkJobReport report = new SparkJob(spark).run(SparkJobConfig.of(List.of(corpus.toString()), out).withJsonl(true));
        SingleMachine expected = SingleMachine.of(corpus);

        assertEquals(4, report.files());
        assertEquals(0, report.skipped());
        assertEquals(1, report.batches());
        assertEquals(5, expected.articles().size(), "the corpus has 5 articles");
        assertEquals(expected.articles().size(), report.articles());
        assertEquals(expected.links().stories().size(), report.stories());
        assertEquals(expected.errors(), report.errors());
        assertEquals(2, report.errors().size(), "a bad JSON line and a binary file");

        expected.assertOutputMatches(spark, out, corpus);
    }

    @Test
    void batchesAnalysedTwoAtATimeGiveTheSameOutputAndReportEachStep() throws IOException {
        Path corpus = Corpus.write(dir.resolve("corpus"));
        String out = dir.resolve("out").toString();
        List<String> steps = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        SparkJobReport report = new SparkJob(spark, steps::add)
                .run(SparkJobConfig.of(List.of(corpus.toString()), out).withJsonl(true).withBatchFiles(1));
        assertEquals(4, report.batches(), "one file per batch");
        for (int b = 1; b <= 4; b++) {
            assertTrue(Files.exists(Path.of(out, "_analysed", String.format("batch-%05d.done", b))), "batch " + b + " finished");
        }
        SingleMachine expected = SingleMachine.of(corpus);
        assertEquals(expected.articles().size(), report.articles());
        assertEquals(expected.errors(), report.errors(), "errors in input order, whichever batch finished first");
        expected.assertOutputMatches(spark, out, corpus);
        for (int b = 1; b <= 4; b++) {
            String done = "analysed " + b + " of 4 batches";
            assertEquals(1, steps.stream().filter(l -> l.startsWith(done)).count(), done + ": " + steps);
        }
        assertTrue(steps.get(0).startsWith("listed 4 input files, 4 to analyse in 4 batches"), steps.toString());
        assertTrue(steps.stream().anyMatch(l -> l.startsWith("linked: ")), steps.toString());
        int rows = report.articles() + report.errors().size();
        assertTrue(steps.stream().anyMatch(l -> l.startsWith("gathered " + report.articles() + " articles for linking ("
                + rows + " rows from the analysis tasks, 0 read back from earlier batches)")), "no second pass: " + steps);
        assertTrue(steps.stream().allMatch(l -> l.matches(".*\\(?\\d+\\.\\d s.*")), "each step says its time: " + steps);
    }

    @Test
    void aRerunSkipsFinishedFilesAndAnalysesOnlyNewChangedAndUnfinishedOnes() throws IOException {
        Path corpus = Corpus.write(dir.resolve("corpus"));
        String out = dir.resolve("out").toString();
        SparkJobConfig config = SparkJobConfig.of(List.of(corpus.toString()), out).withBatchFiles(3);
        SparkJobReport first = new SparkJob(spark).run(config);
        assertEquals(2, first.batches(), "4 files in batches of 3");
        List<Row> firstRows = spark.read().parquet(out + "/articles").collectAsList();

        List<String> steps = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        SparkJobReport again = new SparkJob(spark, steps::add).run(config);
        assertTrue(steps.stream().anyMatch(l -> l.startsWith("gathered " + first.articles() + " articles for linking (0 rows from "
                + "the analysis tasks, " + (first.articles() + first.errors().size()) + " read back from earlier batches)")), steps.toString());
        assertEquals(4, again.skipped());
        assertEquals(0, again.batches());
        assertEquals(List.of(first.articles(), first.stories(), first.duplicates(), first.errors()),
                List.of(again.articles(), again.stories(), again.duplicates(), again.errors()));
        assertEquals(firstRows, spark.read().parquet(out + "/articles").collectAsList());

        // A new file, a changed file, and a batch whose run was killed before it was recorded as finished.
        Corpus.write(corpus.resolve("c.txt"), "The harvest festival in Dobrich opened on Friday with 300 stalls.\n");
        Corpus.write(corpus.resolve("b.html"), "<html><body><article><h1>Lorsk recounts</h1><p>Lorsk will recount "
                + "the mayoral vote on Tuesday, the election commission said.</p></article></body></html>");
        Files.setLastModifiedTime(corpus.resolve("b.html"), java.nio.file.attribute.FileTime.fromMillis(1_000_000));
        Files.delete(Path.of(out, "_analysed", "batch-00002.done"));
        SparkJobReport third = new SparkJob(spark).run(config);
        assertEquals(5, third.files());
        assertEquals(2, third.skipped(), "a.txt and feed.jsonl were finished and are unchanged");
        assertEquals(1, third.batches());
        SingleMachine expected = SingleMachine.of(corpus);
        assertEquals(expected.articles().size(), third.articles());
        assertEquals(expected.errors(), third.errors());
        List<String> ids = spark.read().parquet(out + "/articles").where("error is null").select("id")
                .collectAsList().stream().map(r -> r.getString(0)).toList();
        assertEquals(expected.articles().stream().map(Article::id).toList(), ids, "each file's newest version, once");
        assertNull(third.storiesPath());
    }

    @Test
    void storiesJsonlEqualsTheStoriesCommandOverAnalysedArticles() throws IOException {
        Path input = Corpus.people(dir.resolve("people.jsonl"));
        String out = dir.resolve("out").toString();
        new SparkJob(spark).run(SparkJobConfig.of(List.of(input.toString()), out).withJsonl(true));
        SingleMachine expected = SingleMachine.of(input);

        // The single-machine lines are those of `copydesk stories` (analysed articles, one batch Linker).
        assertEquals(expected.storiesLines(), Files.readAllLines(Path.of(out, "stories.jsonl")));
        assertNotEquals(expected.storiesLines(expected.linksWithoutEntities()), expected.storiesLines(),
                "the entity names change the stories of this input");
    }

    @Test
    void aBigFileCutInSlicesGivesTheSameOutputAsWhole() throws IOException {
        // The corpus's feed.jsonl holds four records, one of them a bad line: its error row belongs to one slice.
        Path corpus = Corpus.write(dir.resolve("corpus"));
        String out = dir.resolve("out").toString();
        List<InputFile> files = InputListing.list(List.of(corpus.toString()), new org.apache.hadoop.conf.Configuration()).files();
        List<java.util.ArrayList<FileSlice>> tasks = SparkJob.tasks(files, 8, 1);
        assertTrue(tasks.stream().flatMap(List::stream).filter(sl -> sl.file().name().equals("feed.jsonl")).count() > 1,
                "the feed is cut in slices: " + tasks);
        assertTrue(tasks.stream().flatMap(List::stream).filter(sl -> sl.file().name().equals("junk.txt")).count() > 1,
                "so is the binary file, whose one error row must come once: " + tasks);

        SparkJobReport report = new SparkJob(spark)
                .run(SparkJobConfig.of(List.of(corpus.toString()), out).withJsonl(true).withSliceBytes(1));
        SingleMachine expected = SingleMachine.of(corpus);
        assertEquals(expected.articles().size(), report.articles());
        assertEquals(expected.errors(), report.errors());
        expected.assertOutputMatches(spark, out, corpus);
        List<Integer> records = spark.read().parquet(out + "/articles").where("input like '%feed.jsonl'")
                .select("record").collectAsList().stream().map(r -> r.getInt(0)).toList();
        assertEquals(List.of(0, 1, 2, 3), records, "every record of the feed once, in order");
    }

    @Test
    void repeatedIdsAndTextsOverTheAnalysisLimitAreLinkedAsTheStoriesCommandLinksThem() throws IOException {
        Path corpus = dir.resolve("corpus");
        String quake = "Quake hits Varna\n\n" + Corpus.QUAKE.replace("\\\"", "\"").replace("\\n", "\n") + "\n";
        // Byte-identical files without an id or URL get the same id (a hash of the content).
        Corpus.write(corpus.resolve("a/copy.txt"), quake);
        Corpus.write(corpus.resolve("b/copy.txt"), quake);
        String longText = "Lorsk budget\n\n" + "The Lorsk council debated the harbour budget for the coming year. ".repeat(40);
        Corpus.write(corpus.resolve("c/long.txt"), longText);
        String out = dir.resolve("out").toString();
        AnalysisConfig analysis = AnalysisConfig.defaults().withMaxChars(1_000);
        SparkJobReport report = new SparkJob(spark).run(SparkJobConfig.of(List.of(corpus.toString()), out)
                .withAnalysis(analysis).withJsonl(true));

        assertEquals(List.of(), report.errors(), "a repeat and a long text are articles, not errors");
        assertEquals(3, report.articles());
        List<Row> rows = spark.read().parquet(out + "/articles").select("id", "duplicateOf", "story", "entities", "diagnostics")
                .collectAsList();
        String id = rows.get(0).getString(0);
        assertEquals(List.of(id, id + "-2"), List.of(rows.get(0).getString(0), rows.get(1).getString(0)));
        assertEquals(id, rows.get(1).getString(1), "the second copy is a duplicate of the first");
        assertFalse(rows.get(0).getList(3).isEmpty(), "the short article is analysed");

        Row long_ = rows.get(2);
        assertEquals(List.of(), long_.getList(3), "the long article is not analysed");
        assertNotNull(long_.getString(2), "but it is linked, on its words");
        List<String> codes = long_.<Row>getList(4).stream().map(d -> d.getString(d.fieldIndex("code"))).toList();
        assertTrue(codes.contains(FileAnalysis.NOT_ANALYSED), codes.toString());

        List<String> lines = Files.readAllLines(Path.of(out, "stories.jsonl"));
        assertEquals(3, lines.size());
        assertTrue(lines.get(1).startsWith("{\"id\":\"" + id + "-2\","), lines.get(1));
    }
}
