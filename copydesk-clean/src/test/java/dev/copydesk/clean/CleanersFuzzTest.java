package dev.copydesk.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.copydesk.core.Diagnostic;
import java.nio.charset.StandardCharsets;

/**
 * Coverage-guided fuzz targets for the cleaners (Jazzer). In a normal build each target replays its seeds
 * from {@code CleanersFuzzTestInputs/<target>/} in the test resources; {@code mvn -Pfuzz} fuzzes each for
 * {@code fuzz.seconds}. Inputs are raw bytes read as UTF-8, so that a finding is a plain file that can
 * also go into the {@code fuzz/} regression folders.
 */
class CleanersFuzzTest {
    private final TextCleaner textCleaner = new TextCleaner();
    private final HtmlExtractor htmlExtractor = new HtmlExtractor();

    @FuzzTest(maxDuration = "10s")
    void textCleaner(byte[] data) {
        String raw = new String(data, StandardCharsets.UTF_8);
        Extraction e = textCleaner.clean(raw);
        TextCleanerPropertyTest.assertOffsetsRecoverParagraphs(raw, e);
        for (Diagnostic d : e.diagnostics().items()) {
            assertFalse(d.kind() == Diagnostic.Kind.ERROR, () -> "error diagnostic: " + d);
        }
    }

    @FuzzTest(maxDuration = "10s")
    void htmlExtractor(byte[] data) {
        Extraction e = htmlExtractor.extract(new String(data, StandardCharsets.UTF_8), "https://news.example/a");
        assertNotNull(e.text());
        assertEquals(e.text().strip(), e.text(), "text is stripped");
        assertFalse(e.text().contains("\n\n\n"), "more than one blank line between paragraphs");
    }

    @FuzzTest(maxDuration = "10s")
    void readThenClean(byte[] data) {
        ReadAndClean.stdin(data);
    }
}
