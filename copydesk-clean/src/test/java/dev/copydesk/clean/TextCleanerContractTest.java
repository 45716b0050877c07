package dev.copydesk.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.Article;
import dev.copydesk.core.testing.BaseCleanerTestCase;

/**
 * {@link TextCleaner} through the stage test base: besides the shared contract, every cleaning has an
 * offset map that recovers each paragraph from the input, no paragraph comes out twice or holds a line
 * break (hard-wrapped lines are joined), and byline, publication date and language are left unknown.
 */
class TextCleanerContractTest extends BaseCleanerTestCase {
    private final TextCleaner cleaner = new TextCleaner();

    @Override
    protected Article clean(String input) {
        return Extractions.toArticle(cleaner.clean(input));
    }

    @Override
    protected int randomRounds() {
        return 300;
    }

    @Override
    protected void checkArticle(String input, Article out) {
        assertTrue(out.sourceOffsets().isPresent(), "no offset map");
        TextCleanerPropertyTest.assertOffsetsRecoverParagraphs(input, new Extraction(out.title(), out.byline(),
                out.published(), out.language(), out.text(), out.captions(), out.comments(), out.diagnostics(),
                out.sourceOffsets().get()));
        for (String paragraph : out.text().split("\n\n")) {
            assertFalse(paragraph.indexOf('\n') >= 0 || paragraph.indexOf('\r') >= 0, "line break inside a paragraph");
        }
        assertNull(out.byline());
        assertNull(out.published());
        assertNull(out.language());
    }
}
