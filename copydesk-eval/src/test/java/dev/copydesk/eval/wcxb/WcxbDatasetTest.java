package dev.copydesk.eval.wcxb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.eval.TestFiles;
import dev.copydesk.eval.extraction.BenchmarkFolderException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WcxbDatasetTest {
    @TempDir
    Path dir;

    static Path writeBenchmark(Path dir) throws Exception {
        page(dir, "0001", "article", "Rain is expected across the north on Friday.", "[\"Rain is expected\"]", "[\"Sign up\"]");
        page(dir, "0002", "category", "Red shoes. Blue shoes. Green shoes.", "[\"Blue shoes\"]", "[]");
        page(dir, "0003", "product", "A sturdy oak table with four legs.", "[]", "[\"Add to basket\", \"Accept cookies\"]");
        TestFiles.write(dir.resolve("ground-truth/0004.json"), """
                {"url": "https://example.com/4", "ground_truth": {"main_content": null}}
                """);
        TestFiles.write(dir.resolve("html/0004.html"), "<html><body><p>Nothing here.</p></body></html>");
        return dir;
    }

    private static void page(Path dir, String id, String type, String body, String with, String without) throws Exception {
        TestFiles.write(dir.resolve("ground-truth/" + id + ".json"), """
                {"url": "https://example.com/%s", "_internal": {"page_type": {"primary": "%s"}},
                 "ground_truth": {"title": "T", "main_content": "%s", "with": %s, "without": %s}}
                """.formatted(id, type, body, with, without));
        TestFiles.write(dir.resolve("html/" + id + ".html.gz"), TestFiles.articlePage("T", body));
    }

    @Test
    void loadsPagesTypesGoldAndSnippets() throws Exception {
        WcxbDataset data = WcxbDataset.load(writeBenchmark(dir));
        assertEquals(List.of("0001", "0002", "0003", "0004"), data.files().stream().map(f -> f.id()).toList());
        WcxbPage first = data.pages().get(0);
        assertEquals("article", first.type());
        assertEquals("https://example.com/0001", first.page().url());
        assertEquals("Rain is expected across the north on Friday.", first.gold());
        assertEquals(List.of("Rain is expected"), first.with());
        assertEquals(List.of("Sign up"), first.without());
        assertTrue(first.page().html().contains("Rain is expected"));
    }

    @Test
    void categoryCountsAsCollectionAndAMissingTypeAsArticle() throws Exception {
        WcxbDataset data = WcxbDataset.load(writeBenchmark(dir));
        assertEquals("collection", data.pages().get(1).type());
        assertEquals("article", data.pages().get(3).type());
        assertEquals("", data.pages().get(3).gold());
        assertEquals(Map.of("article", 2, "collection", 1, "product", 1), data.pagesByType());
        assertEquals(List.of("article", "collection", "product"), List.copyOf(data.pagesByType().keySet()));
    }

    @Test
    void limitKeepsTheFirstPages() throws Exception {
        assertEquals(2, WcxbDataset.load(writeBenchmark(dir)).limit(2).pages().size());
    }

    @Test
    void explainsWhatIsWrongWithTheFolder() throws Exception {
        assertThrows(BenchmarkFolderException.class, () -> WcxbDataset.load(dir.resolve("nope")));
        BenchmarkFolderException e = assertThrows(BenchmarkFolderException.class, () -> WcxbDataset.load(dir));
        assertTrue(e.getMessage().contains("no ground-truth/ folder"), e.getMessage());
        TestFiles.write(dir.resolve("ground-truth/0009.json"), "{\"ground_truth\": {\"main_content\": \"x\"}}");
        e = assertThrows(BenchmarkFolderException.class, () -> WcxbDataset.load(dir));
        assertTrue(e.getMessage().contains("no HTML for page 0009"), e.getMessage());
    }
}
