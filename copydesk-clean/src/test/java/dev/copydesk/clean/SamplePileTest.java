package dev.copydesk.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.Article;
import dev.copydesk.ingest.RawInput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The scraped plain text of the sample pile (samples/text) comes out clean: the page noise written
 * into it (consent notices, player chrome, gallery markers, teasers, footers) is gone from every body,
 * and every article keeps its headline and the date its file name gives.
 */
class SamplePileTest {
    private static final Path TEXT = Path.of("..", "samples", "text");
    private static final Set<String> CHROME = Set.of("Loaded: 0%", "Progress: 0%", "Play", "Mute", "Fullscreen",
            "View gallery", "Source: Read Full Article", "Share this article", "Advertisement", "Comments");
    private static final Pattern MARKER = Pattern.compile("\\+\\d+|.*\\[[A-Z]+\\]|Duration Time.*|.*\\bcookies\\b.*");
    private static final Pattern DATED = Pattern.compile("[a-z]+_(\\d{4}-\\d{2}-\\d{2})_.*\\.txt");

    private static List<Path> files() throws IOException {
        assertTrue(Files.isDirectory(TEXT), "the project's samples/text folder is missing");
        try (Stream<Path> s = Files.list(TEXT)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    private static Article clean(Path file) throws IOException {
        return new Cleaner().clean(RawInput.text(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
    }

    @Test
    void noNoiseIsLeftInAnyBodyAndEveryArticleKeepsItsHeadlineAndDate() throws IOException {
        List<Path> files = files();
        assertEquals(18, files.size());
        for (Path file : files) {
            Article a = clean(file);
            for (String paragraph : a.text().split("\n\n")) {
                assertFalse(CHROME.contains(paragraph) || MARKER.matcher(paragraph).matches(),
                        file.getFileName() + " kept noise: " + paragraph);
            }
            assertNotNull(a.title(), file.getFileName() + " lost its headline");
            var m = DATED.matcher(file.getFileName().toString());
            assertTrue(m.matches(), file.getFileName().toString());
            assertEquals(m.group(1), a.published(), file.getFileName().toString());
        }
    }

    @Test
    void theArticleWithEveryKindOfNoiseKeepsCaptionsAndCommentsApart() throws IOException {
        Article a = clean(TEXT.resolve("dailymail_2012-07-07_wladimir-klitschko-retains-titles-stopping-thompson.txt"));
        assertEquals("Wladimir Klitschko retains titles stopping Thompson in six rounds", a.title());
        assertEquals(6, a.text().split("\n\n").length, a.text());
        assertEquals(2, a.captions().size(), a.captions().toString());
        assertEquals(List.of("who actually watches these anymore", "great stoppage, the right hand was perfect"),
                a.comments());
    }
}
