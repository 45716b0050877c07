package dev.copydesk.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Inputs that once broke an invariant; see {@code text/regressions/README.md}. */
class TextCleanerRegressionTest {
    @ParameterizedTest
    @ValueSource(strings = {"caption-repeated-twice-in-body.txt"})
    void regressionInputKeepsTheInvariants(String name) throws IOException {
        String raw;
        try (InputStream in = getClass().getResourceAsStream("/text/regressions/" + name)) {
            assertNotNull(in, name);
            raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Extraction e = new TextCleaner().clean(raw);
        TextCleanerPropertyTest.assertOffsetsRecoverParagraphs(raw, e);
        assertFalse(e.diagnostics().hasErrors(), e.diagnostics().toString());
        List<String> paragraphs = List.of(e.text().split("\n\n"));
        assertFalse(paragraphs.stream().anyMatch(p -> p.startsWith("Crews worked")), e.text());
    }
}
