package dev.copydesk.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs the cleaner on synthetic pages that imitate what scrapers deliver from different outlets, and
 * compares title, body, captions and comments exactly with the expected file beside each fixture, so
 * that a paragraph lost, duplicated or leaked fails the test.
 */
class TextCleanerFixtureTest {
    private final TextCleaner cleaner = new TextCleaner();

    @ParameterizedTest
    @ValueSource(strings = {"express_signup", "mail_gallery", "bbc_topics", "cnn_transcript", "guardian_newsletter",
            "local_comments", "wrapped_bulletin"})
    void fixtureMatchesExpectedOutput(String name) throws IOException {
        String raw = resource(name + ".txt");
        Map<String, String> expected = sections(resource(name + ".expected"));
        Extraction e = cleaner.clean(raw);

        assertEquals(expected.get("title").equals("(none)") ? null : expected.get("title"), e.title(), "title");
        assertEquals(expected.get("text"), e.text(), "text");
        assertEquals(lines(expected.get("captions")), e.captions(), "captions");
        assertEquals(lines(expected.get("comments")), e.comments(), "comments");
        TextCleanerPropertyTest.assertOffsetsRecoverParagraphs(raw, e);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = TextCleanerFixtureTest.class.getResourceAsStream("/text/" + name)) {
            assertNotNull(in, "missing fixture " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Splits an expected file into its {@code # name} sections, each with its trailing newlines cut. */
    private static Map<String, String> sections(String file) {
        Map<String, String> out = new LinkedHashMap<>();
        String current = null;
        StringBuilder body = new StringBuilder();
        for (String line : file.split("\n", -1)) {
            if (line.startsWith("# ")) {
                if (current != null) {
                    out.put(current, body.toString().strip());
                }
                current = line.substring(2).strip();
                body.setLength(0);
            } else {
                body.append(line).append('\n');
            }
        }
        if (current != null) {
            out.put(current, body.toString().strip());
        }
        return out;
    }

    private static List<String> lines(String section) {
        List<String> out = new ArrayList<>();
        for (String line : section.split("\n")) {
            if (!line.isBlank()) {
                out.add(line);
            }
        }
        return out;
    }
}
