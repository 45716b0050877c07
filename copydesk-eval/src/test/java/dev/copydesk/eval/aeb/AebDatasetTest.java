package dev.copydesk.eval.aeb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.eval.TestFiles;
import dev.copydesk.eval.extraction.BenchmarkFolderException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AebDatasetTest {
    @TempDir
    Path dir;

    /** Two pages, one published output plain and one wrapped with a version. */
    static Path writeBenchmark(Path dir) throws Exception {
        TestFiles.write(dir.resolve("ground-truth.json"), """
                {"p2": {"articleBody": "Second page body text here.", "url": "https://example.com/2"},
                 "p1": {"articleBody": "First page body text, rather short.", "url": "https://example.com/1"}}
                """);
        TestFiles.write(dir.resolve("html/p1.html.gz"), TestFiles.articlePage("One", "First page body text, rather short."));
        TestFiles.write(dir.resolve("html/p2.html"), TestFiles.articlePage("Two", "Second page body text here."));
        TestFiles.write(dir.resolve("peer-outputs/plain.json"), """
                {"p1": {"articleBody": "First page body text, rather short."}, "p2": {"articleBody": null}}
                """);
        TestFiles.write(dir.resolve("peer-outputs/wrapped.json"), """
                {"version": "2.0", "output": {"p1": {"articleBody": "Menu First page body text"}}}
                """);
        return dir;
    }

    @Test
    void loadsPagesSortedByIdWithGoldAndUrls() throws Exception {
        AebDataset data = AebDataset.load(writeBenchmark(dir));
        assertEquals(List.of("p1", "p2"), data.files().stream().map(f -> f.id()).toList());
        assertEquals("First page body text, rather short.", data.pages().get(0).gold());
        assertEquals("https://example.com/2", data.pages().get(1).page().url());
        assertTrue(data.pages().get(0).page().html().contains("<article>"));
        assertTrue(data.pages().get(1).page().file().toString().endsWith("p2.html"));
    }

    @Test
    void loadsPlainAndWrappedPublishedOutputs() throws Exception {
        List<PublishedOutput> published = AebDataset.load(writeBenchmark(dir)).published();
        assertEquals(2, published.size());
        PublishedOutput plain = published.get(0);
        assertEquals("plain", plain.label());
        assertNull(plain.version());
        assertEquals(Map.of("p1", "First page body text, rather short.", "p2", ""), plain.texts());
        PublishedOutput wrapped = published.get(1);
        assertEquals("wrapped 2.0", wrapped.label());
        assertEquals(Map.of("p1", "Menu First page body text"), wrapped.texts());
    }

    @Test
    void limitKeepsTheFirstPages() throws Exception {
        AebDataset data = AebDataset.load(writeBenchmark(dir));
        assertEquals(List.of("p1"), data.limit(1).files().stream().map(f -> f.id()).toList());
        assertEquals(2, data.limit(5).pages().size());
        assertEquals(2, data.limit(1).published().size());
    }

    @Test
    void explainsWhatIsWrongWithTheFolder() throws Exception {
        BenchmarkFolderException missing = assertThrows(BenchmarkFolderException.class, () -> AebDataset.load(dir.resolve("nope")));
        assertTrue(missing.getMessage().startsWith("no such folder: "), missing.getMessage());
        BenchmarkFolderException notAeb = assertThrows(BenchmarkFolderException.class, () -> AebDataset.load(dir));
        assertTrue(notAeb.getMessage().contains("no ground-truth.json"), notAeb.getMessage());
        TestFiles.write(dir.resolve("ground-truth.json"), "{\"p9\": {\"articleBody\": \"x\"}}");
        BenchmarkFolderException noHtml = assertThrows(BenchmarkFolderException.class, () -> AebDataset.load(dir));
        assertTrue(noHtml.getMessage().contains("no HTML for page p9"), noHtml.getMessage());
    }
}
