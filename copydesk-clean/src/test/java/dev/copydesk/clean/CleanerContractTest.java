package dev.copydesk.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.Article;
import dev.copydesk.core.testing.BaseCleanerTestCase;
import dev.copydesk.core.testing.RandomTexts;
import dev.copydesk.ingest.RawInput;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * The {@link Cleaner} facade through the stage test base, on text and HTML inputs (an input holding
 * {@code <} is given as HTML): besides the shared contract, the article has an id and source, a
 * language that is an ISO 639-1 code or unknown, a publication date that is ISO-8601 or unknown, and an
 * offset map exactly when the input was text.
 */
class CleanerContractTest extends BaseCleanerTestCase {
    private final Cleaner cleaner = new Cleaner();

    @Override
    protected Article clean(String input) {
        return cleaner.clean(input.indexOf('<') >= 0
                ? new RawInput("random.html", null, "https://example.com/news/a", null, null, null, RawInput.Kind.HTML, input)
                : new RawInput("outlet_2016-09-12_story.txt", null, null, null, "12 September 2016", null,
                        RawInput.Kind.TEXT, input));
    }

    @Override
    protected int randomRounds() {
        return 100;
    }

    @Override
    protected int concurrentRandomInputs() {
        return 20;
    }

    @Override
    protected String randomInput(Random r) {
        return r.nextBoolean() ? RandomTexts.html(r) : RandomTexts.text(r);
    }

    @Override
    protected Map<String, String> adversarialInputs() {
        Map<String, String> m = new LinkedHashMap<>();
        RandomTexts.adversarial().forEach((k, v) -> m.put("text " + k, v));
        RandomTexts.adversarialHtml().forEach((k, v) -> m.put("html " + k, v));
        return m;
    }

    @Override
    protected void checkArticle(String input, Article out) {
        assertFalse(out.id().isBlank(), "id");
        assertTrue(out.language() == null || out.language().matches("[a-z]{2}"), () -> "language " + out.language());
        assertTrue(out.published() == null || out.published().matches("\\d{4}-\\d{2}-\\d{2}.*"),
                () -> "publication date not ISO-8601: " + out.published());
        boolean html = input.indexOf('<') >= 0;
        assertEquals(!html, out.sourceOffsets().isPresent(), "an offset map exactly for text input");
        if (!html) {
            assertEquals("2016-09-12", out.published(), "the given publication date");
        }
    }
}
