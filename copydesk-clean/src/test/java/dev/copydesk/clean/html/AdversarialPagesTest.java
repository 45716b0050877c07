package dev.copydesk.clean.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.clean.Extraction;
import dev.copydesk.clean.HtmlExtractor;
import dev.copydesk.core.Diagnostic;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Pages built to break an extractor: each must return a result, never throw. */
class AdversarialPagesTest {
    private final HtmlExtractor extractor = new HtmlExtractor();

    @Test
    void emptyAndNullInputGiveEmptyTextAndAWarning() {
        for (String html : new String[] {"", "   ", null}) {
            Extraction x = extractor.extract(html, null);
            assertEquals("", x.text());
            assertTrue(x.diagnostics().items().stream().anyMatch(d -> d.kind() == Diagnostic.Kind.WARNING));
        }
    }

    @Test
    void htmlElementOnly() {
        Extraction x = extractor.extract("<html>", null);
        assertEquals("", x.text());
        assertTrue(x.captions().isEmpty());
        assertTrue(x.comments().isEmpty());
    }

    @Test
    void binaryJunk() {
        byte[] bytes = new byte[200_000];
        new Random(42).nextBytes(bytes);
        Extraction x = extractor.extract(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1), null);
        assertNotNull(x.text());
        assertFalse(x.diagnostics().hasErrors());
    }

    @Test
    void hundredThousandNestedDivs() {
        int depth = 100_000;
        StringBuilder sb = new StringBuilder("<html><body>");
        sb.append("<div>".repeat(depth));
        sb.append("<p>Deep inside the nesting there is one paragraph of text, long enough to count.</p>");
        sb.append("</div>".repeat(depth));
        sb.append("</body></html>");
        Extraction x = extractor.extract(sb.toString(), null);
        assertEquals("Deep inside the nesting there is one paragraph of text, long enough to count.", x.text());
    }

    @Test
    void fiftyMegabyteSingleLine() {
        StringBuilder sb = new StringBuilder(50_000_100).append("<html><body><p>");
        String word = "lorem ipsum, ";
        while (sb.length() < 50_000_000) {
            sb.append(word);
        }
        sb.append("</p></body></html>");
        Extraction x = extractor.extract(sb.toString(), null);
        assertTrue(x.text().startsWith("lorem ipsum, lorem"));
        assertTrue(x.text().length() > 40_000_000);
    }

    @Test
    void deeplyNestedTables() {
        int depth = 5_000;
        StringBuilder sb = new StringBuilder("<html><body>");
        sb.append("<table><tr><td>".repeat(depth));
        sb.append("Innermost cell with a sentence of text, long enough to be a paragraph of its own.");
        sb.append("</td></tr></table>".repeat(depth));
        sb.append("</body></html>");
        Extraction x = extractor.extract(sb.toString(), null);
        assertEquals("Innermost cell with a sentence of text, long enough to be a paragraph of its own.", x.text());
    }

    @Test
    void unclosedCdataDoesNotSwallowThePage() {
        String html = "<html><body><![CDATA[ <div><p>A paragraph of real text after a broken CDATA marker, "
                + "with enough words to be content.</p></div></body></html>";
        Extraction x = extractor.extract(html, null);
        assertEquals("A paragraph of real text after a broken CDATA marker, with enough words to be content.", x.text());
    }

    @Test
    void malformedJsonLdIsIgnored() {
        String html = "<html><head><script type='application/ld+json'>{\"headline\": [[[{{{</script></head><body>"
                + "<p>The body survives a broken JSON-LD block in the head of the page, as it should.</p></body></html>";
        Extraction x = extractor.extract(html, null);
        assertEquals("The body survives a broken JSON-LD block in the head of the page, as it should.", x.text());
    }

    @Test
    void diagnosticsAreCapped() {
        StringBuilder sb = new StringBuilder("<html><body><article>");
        sb.append("<p>One real paragraph of text that is long enough to be the content of this page.</p>");
        sb.append("<div class='share'>Share</div>".repeat(5_000));
        sb.append("</article></body></html>");
        Extraction x = extractor.extract(sb.toString(), null);
        assertTrue(x.diagnostics().items().size() <= dev.copydesk.core.Diagnostics.DEFAULT_CAP);
        assertTrue(x.diagnostics().dropped() > 0);
    }
}
