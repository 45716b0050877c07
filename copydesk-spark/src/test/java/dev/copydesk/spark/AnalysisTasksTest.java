package dev.copydesk.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        List<ArrayList<FileSlice>> tasks = SparkJob.tasks(files, 2, Long.MAX_VALUE);
        assertEquals(2, tasks.size());
        // Largest first, each to the lighter group: a(100) | c(60), d(50) -> 100 | 110, e(40) -> 140 | 110, b(10) -> 140 | 120.
        assertEquals(List.of("a", "e"), sources(tasks.get(0)));
        assertEquals(List.of("b", "c", "d"), sources(tasks.get(1)));
        assertTrue(tasks.stream().flatMap(List::stream).allMatch(sl -> sl.of() == 1), "no file is cut: " + tasks);
    }

    private static List<String> sources(List<FileSlice> task) {
        return task.stream().map(sl -> sl.file().source() + (sl.of() == 1 ? "" : "#" + sl.index() + "/" + sl.of())).toList();
    }

    @Test
    void aFileOverItsTaskShareAndTheSliceSizeIsCutInSlices() {
        List<InputFile> files = List.of(file("small", 10), file("big", 1_000), file("mid", 30));
        // 1040 bytes in 4 tasks: a share of 260; the big file holds 4 shares, so 4 slices of 250 bytes each.
        List<ArrayList<FileSlice>> tasks = SparkJob.tasks(files, 4, 100);
        assertEquals(4, tasks.size());
        // Slices of 250 first, one to each task; then mid (30) to the first task, small (10) to the second.
        assertEquals(List.of("big#0/4", "mid"), sources(tasks.get(0)));
        assertEquals(List.of("small", "big#1/4"), sources(tasks.get(1)));
        assertEquals(List.of("big#2/4"), sources(tasks.get(2)));
        assertEquals(List.of("big#3/4"), sources(tasks.get(3)));
        // Not over the slice size: whole.
        assertTrue(SparkJob.tasks(files, 4, 1_000).stream().flatMap(List::stream).allMatch(sl -> sl.of() == 1));
        // One task: nothing to share.
        assertEquals(List.of("small", "big", "mid"), sources(SparkJob.tasks(files, 1, 1).get(0)));
    }

    @Test
    void slicesTakeEveryNthRecordAndTogetherGiveTheWholeFile() throws IOException {
        Path feed = Corpus.people(dir.resolve("people.jsonl"));
        InputFile file = InputListing.list(List.of(feed.toString()), new Configuration()).files().get(0);
        FileAnalysis analysis = new FileAnalysis(dev.copydesk.pipeline.AnalysisConfig.defaults(), 1);
        List<String> whole = new ArrayList<>();
        analysis.rows(file).forEachRemaining(whole::add);
        assertEquals(5, whole.size());
        List<String> sliced = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            List<String> part = new ArrayList<>();
            analysis.rows(new FileSlice(file, i, 3)).forEachRemaining(part::add);
            for (String row : part) {
                int record = Integer.parseInt(row.replaceAll(".*\"record\":(\\d+).*", "$1"));
                assertEquals(i, record % 3, "slice " + i + " of 3 holds records " + i + ", " + (i + 3) + ": " + row);
            }
            sliced.addAll(part);
        }
        sliced.sort(java.util.Comparator.comparing(r -> Integer.parseInt(r.replaceAll(".*\"record\":(\\d+).*", "$1"))));
        assertEquals(whole, sliced);
        assertThrows(IllegalArgumentException.class, () -> new FileSlice(file, 3, 3));
    }

    @Test
    void neverMoreTasksThanFilesNorEmptyOnes() {
        List<InputFile> files = List.of(file("a", 1), file("b", 1));
        assertEquals(2, SparkJob.tasks(files, 8, Long.MAX_VALUE).size());
        assertEquals(1, SparkJob.tasks(files, 0, Long.MAX_VALUE).size());
        assertEquals(0, SparkJob.tasks(List.of(), 4, 1).size());
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
