package dev.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.pipeline.AnalysisConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One huge article does not end a run: a multi-megabyte one-line text, sorted first, is refused with
 * one error line, and the normal article after it is analysed, written and indexed.
 */
class LargeArticleTest {
    @TempDir
    static Path dir;
    static Path inputs;
    static Path huge;
    static int hugeChars;

    @BeforeAll
    static void write() throws Exception {
        inputs = Files.createDirectories(dir.resolve("in"));
        StringBuilder b = new StringBuilder();
        String sentence = "The harbour board said on Tuesday that the new quay would cost more than planned. ";
        while (b.length() < AnalysisConfig.DEFAULT_MAX_CHARS + 1_000_000) {
            b.append(sentence);
        }
        hugeChars = b.toString().strip().length();
        huge = inputs.resolve("a-huge.txt");
        Files.writeString(huge, b.toString().strip() + "\n");
        Files.writeString(inputs.resolve("b-normal.txt"), CleanCommandTest.ARTICLE);
    }

    String refusal() {
        return "copydesk: " + huge + ": " + String.format(Locale.ROOT,
                "text of %,d chars is over the analysis limit of %,d", hugeChars, AnalysisConfig.DEFAULT_MAX_CHARS);
    }

    @Test
    void analyzeRefusesTheHugeTextAndWritesTheOther() throws Exception {
        Cli r = Cli.run("analyze", "-q", inputs.toString());
        assertEquals(1, r.code(), r.err());
        List<String> err = r.err().lines().toList();
        assertEquals(List.of(refusal(), "copydesk: 1 input or record failed (see above); 1 article written"), err);
        var out = CleanCommandTest.lines(r.out());
        assertEquals(1, out.size());
        assertTrue(out.get(0).get("source").asText().endsWith("b-normal.txt"));
        assertTrue(out.get(0).get("entities").size() > 0, "the normal article was analysed");
    }

    @Test
    void ingestIndexesTheOtherAndARerunKeepsIt() {
        Path index = dir.resolve("index");
        Cli first = Cli.run("ingest", "-q", inputs.toString(), "--index", index.toString());
        assertEquals(1, first.code(), first.err());
        assertEquals(List.of(refusal()), first.err().lines().toList());
        assertTrue(first.out().startsWith("1 added, 0 replaced, 0 unchanged, 1 failed; the index at " + index + " holds 1 article"),
                first.out());
        Cli again = Cli.run("ingest", "-q", inputs.toString(), "--index", index.toString());
        assertEquals(1, again.code(), again.err());
        assertTrue(again.out().startsWith("0 added, 0 replaced, 1 unchanged, 1 failed; the index at " + index + " holds 1 article"),
                again.out());
    }
}
