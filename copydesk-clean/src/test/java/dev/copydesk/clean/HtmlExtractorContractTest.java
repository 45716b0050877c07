package dev.copydesk.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.Article;
import dev.copydesk.core.testing.BaseCleanerTestCase;

/**
 * {@link HtmlExtractor} through the stage test base, on random and hostile markup: besides the shared
 * contract, the body has no offset map (its text is not a copy of the input) and a publication date
 * found in the page is ISO-8601.
 */
class HtmlExtractorContractTest extends BaseCleanerTestCase {
    private final HtmlExtractor extractor = new HtmlExtractor();

    @Override
    protected Article clean(String input) {
        return Extractions.toArticle(extractor.extract(input, input.length() % 2 == 0 ? null : "https://example.com/news/a"));
    }

    @Override
    protected boolean readsMarkup() {
        return true;
    }

    @Override
    protected int randomRounds() {
        return 100;
    }

    @Override
    protected void checkArticle(String input, Article out) {
        assertFalse(out.sourceOffsets().isPresent(), "an offset map for an HTML page");
        assertTrue(out.published() == null || out.published().matches("\\d{4}-\\d{2}-\\d{2}.*"),
                () -> "publication date not ISO-8601: " + out.published());
    }
}
