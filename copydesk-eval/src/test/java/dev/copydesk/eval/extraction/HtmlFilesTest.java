package dev.copydesk.eval.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.eval.TestFiles;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlFilesTest {
    @TempDir
    Path dir;

    @Test
    void findsHtmlPagesAtAnyDepthSortedWithRelativeIds() throws Exception {
        TestFiles.write(dir.resolve("b/page.html.gz"), "<p>zipped é</p>");
        TestFiles.write(dir.resolve("a.HTML"), "<p>plain</p>");
        TestFiles.write(dir.resolve("b/c/deep.htm"), "<p>deep</p>");
        TestFiles.write(dir.resolve("notes.txt"), "not a page");
        List<PageFile> pages = HtmlFiles.find(dir);
        assertEquals(List.of("a", "b/c/deep", "b/page"), pages.stream().map(PageFile::id).toList());
        assertEquals("<p>zipped é</p>", pages.get(2).html());
        assertEquals("<p>plain</p>", pages.get(0).load().html());
    }

    @Test
    void recognisesHtmlExtensions() {
        assertTrue(HtmlFiles.isHtml(Path.of("x.html.gz")));
        assertTrue(HtmlFiles.isHtml(Path.of("x.htm")));
        assertFalse(HtmlFiles.isHtml(Path.of("x.json")));
        assertFalse(HtmlFiles.isHtml(Path.of("x.gz")));
        assertEquals("0001", HtmlFiles.stem(Path.of("0001.html.gz")));
    }

    @Test
    void invalidUtf8BecomesReplacementCharacters() throws Exception {
        Path file = dir.resolve("bad.html");
        java.nio.file.Files.write(file, new byte[] {'a', (byte) 0xff, 'b'});
        assertEquals("a\ufffdb", HtmlFiles.read(file));
    }
}
