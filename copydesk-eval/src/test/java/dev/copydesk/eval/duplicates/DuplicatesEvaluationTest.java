package dev.copydesk.eval.duplicates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.link.dup.Shingles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuplicatesEvaluationTest {
    @TempDir
    Path dir;

    @Test
    void generatedCopiesAreFoundAndLookAlikesKeptApart() {
        List<Original> originals = SyntheticNews.originals(60, 5);
        DuplicatesEvaluation.Report r = DuplicatesEvaluation.run(originals, 3);
        assertEquals(120, r.originals());
        assertTrue(r.scores().pairPrecision() >= 0.95, r.toString());
        assertTrue(r.scores().pairRecall() >= 0.95, r.toString());
        for (DuplicatesEvaluation.EditRow row : r.edits()) {
            assertTrue(row.articles() > 0, row.toString());
            if (row.copy()) {
                assertTrue(row.linked() >= row.articles() * 0.9, row.toString());
            } else {
                assertEquals(0, row.linked(), row.toString());
            }
        }
        assertEquals(60, r.clusterPairs());
        assertEquals(0, r.clusterLinks(), "two writers of one event are not copies");
        assertEquals(r, DuplicatesEvaluation.run(originals, 3), "deterministic for a seed");
        String rendered = DuplicatesEvaluation.tables(r, "synthetic").get(1).render();
        assertTrue(rendered.contains("excerpt (not a copy)"), rendered);
    }

    @Test
    void eachEditDoesWhatItsNameSays() {
        List<Original> originals = SyntheticNews.originals(3, 9);
        Original o = originals.get(0);
        CopyEdit.Material m = DuplicateCorpus.material(originals);
        Random random = new Random(1);
        List<String> words = Shingles.words(o.text());
        assertEquals(words, Shingles.words(new CopyEdits.Restyle().apply(o, random, m).text()));
        assertEquals(o.text(), new CopyEdits.NewHeadline().apply(o, random, m).text());
        assertEquals(o.paragraphs().size() - 1,
                new Original("x", null, new CopyEdits.DropParagraph().apply(o, random, m).text(), null).paragraphs().size());
        assertEquals(o.paragraphs().size() + 1,
                new Original("x", null, new CopyEdits.AddParagraph().apply(o, random, m).text(), null).paragraphs().size());
        List<String> changed = Shingles.words(new CopyEdits.WordChanges().apply(o, random, m).text());
        assertEquals(words.size(), changed.size());
        long differing = 0;
        for (int i = 0; i < words.size(); i++) {
            differing += words.get(i).equals(changed.get(i)) ? 0 : 1;
        }
        assertTrue(differing >= 1 && differing <= 2, "changed " + differing);
        String excerpt = new CopyEdits.Excerpt().apply(o, random, m).text();
        assertTrue(Original.words(excerpt) * 10 < Original.words(o.text()) * 4, excerpt);
        assertTrue(o.text().startsWith(excerpt));
        String boiler = new CopyEdits.Boilerplate().apply(o, random, m).text();
        assertTrue(m.boilerplate().stream().anyMatch(boiler::contains), boiler);
        assertEquals(null, new CopyEdits.Excerpt().apply(new Original("short", null, "One line only.", null), random, m));
    }

    @Test
    void twinOriginalsAreLeftOutAndFilesAndFoldersLoad() throws Exception {
        List<Original> originals = new ArrayList<>(SyntheticNews.originals(2, 11));
        originals.add(new Original("twin", "t", originals.get(0).text() + "\n\nRead more.", "e0"));
        assertEquals(4, DuplicateCorpus.distinct(originals).size());
        Path file = dir.resolve("originals.jsonl");
        Files.writeString(file, "{\"doc_id\":\"d1\",\"title\":\"T\",\"text\":\"Body one.\",\"cluster\":\"c\"}\n\n"
                + "{\"id\":\"d2\",\"text\":\"Body two.\"}\n");
        List<Original> loaded = DuplicatesEvaluation.load(file);
        assertEquals(List.of(new Original("d1", "T", "Body one.", "c"), new Original("d2", null, "Body two.", null)), loaded);
        Path folder = Files.createDirectories(dir.resolve("texts"));
        Files.writeString(folder.resolve("a.txt"), "Headline\n\n" + originals.get(0).text());
        assertEquals(1, DuplicatesEvaluation.load(folder).size());
    }
}
