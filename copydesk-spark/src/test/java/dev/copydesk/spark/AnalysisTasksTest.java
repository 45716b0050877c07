package dev.copydesk.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a batch's files become analysis tasks, and a task's rows over several files. */
class AnalysisTasksTest {
    @TempDir
    Path dir;

    private static InputFile file(String name, long size) {
        return new InputFile(name, "file:/in/" + name, size, 0);
    }

    @Test
    void tasksHoldAboutEqualBytesAndKeepInputOrderWithin() {
        List<InputFile> files = List.of(file("a", 100), file("b", 10), file("c", 60), file("d", 50), file("e", 40));
        List<ArrayList<InputFile>> tasks = SparkJob.tasks(files, 2);
        assertEquals(2, tasks.size());
        // Largest first, each to the lighter group: a(100) | c(60), d(50) -> 100 | 110, e(40) -> 140 | 110, b(10) -> 140 | 120.
        assertEquals(List.of("a", "e"), tasks.get(0).stream().map(InputFile::source).toList());
        assertEquals(List.of("b", "c", "d"), tasks.get(1).stream().map(InputFile::source).toList());
    }

    @Test
    void neverMoreTasksThanFilesNorEmptyOnes() {
        List<InputFile> files = List.of(file("a", 1), file("b", 1));
        assertEquals(2, SparkJob.tasks(files, 8).size());
        assertEquals(1, SparkJob.tasks(files, 0).size());
        assertEquals(0, SparkJob.tasks(List.of(), 4).size());
    }

    @Test
    void aTaskGivesTheRowsOfItsFilesOneFileAfterTheOther() throws IOException {
        Path corpus = Corpus.write(dir.resolve("corpus"));
        List<InputFile> files = InputListing.list(List.of(corpus.toString()), new Configuration()).files();
        FileAnalysis analysis = new FileAnalysis(dev.copydesk.pipeline.AnalysisConfig.defaults(), 1);
        List<String> one = new ArrayList<>();
        for (InputFile f : files) {
            analysis.rows(f).forEachRemaining(one::add);
        }
        List<String> all = new ArrayList<>();
        Iterator<String> rows = analysis.rows(files);
        rows.forEachRemaining(all::add);
        assertEquals(one, all);
        assertEquals(5, all.stream().filter(r -> !r.contains("\"error\"")).count(), "the corpus's 5 articles: " + all);
    }
}
