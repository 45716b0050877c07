package dev.copydesk.clean;

import dev.copydesk.clean.html.MainContent;
import dev.copydesk.clean.html.Metadata;
import dev.copydesk.clean.html.MetadataReader;
import dev.copydesk.core.Diagnostics;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Extracts the main content of an HTML page: the body text as paragraphs, with captions and reader
 * comments kept apart, and the title, byline, publication date and language the markup declares.
 * Navigation, sidebars, share bars, promotions, cookie notices and the like are cut and recorded as
 * capped REMOVED diagnostics.
 *
 * <p>Work is linear in the size of the page and never recurses over the tree, so deeply nested or
 * very large pages finish. {@link #extract} never throws: a page that cannot be read gives empty
 * text and an ERROR or WARNING diagnostic. Final, stateless after construction and thread-safe.
 */
public final class HtmlExtractor {
    public static final String STAGE = "html-extractor";

    private final MetadataReader metadataReader = new MetadataReader();

    /**
     * @param html the page, as decoded text; {@code null} or blank gives empty text and a warning
     * @param url  the page URL, used to resolve relative links, or {@code null}
     */
    public Extraction extract(String html, String url) {
        Diagnostics.Builder diagnostics = Diagnostics.builder();
        if (html == null || html.isBlank()) {
            diagnostics.warning(STAGE, "empty-input", "the page is empty");
            return empty(null, diagnostics);
        }
        Metadata meta = null;
        try {
            MainContent.Prefiltered markup = MainContent.prefilter(html);
            for (var removed : markup.removed()) {
                diagnostics.removed(STAGE, removed.getKey(), removed.getValue());
            }
            Document doc = Jsoup.parse(markup.html(), url == null ? "" : url);
            meta = metadataReader.read(doc);
            MainContent.Result main = MainContent.extract(doc, meta, STAGE, diagnostics);
            if (main.text().isEmpty()) {
                diagnostics.warning(STAGE, "no-content", "no main content found");
            }
            return new Extraction(meta.title(), meta.byline(), meta.published(), meta.language(), main.text(),
                    main.captions(), main.comments(), diagnostics.build(), null);
        } catch (RuntimeException | StackOverflowError e) {
            diagnostics.error(STAGE, "extraction-failed", e.getClass().getSimpleName() + ": " + e.getMessage());
            return empty(meta, diagnostics);
        }
    }

    private static Extraction empty(Metadata meta, Diagnostics.Builder diagnostics) {
        return meta == null
                ? new Extraction(null, null, null, null, "", List.of(), List.of(), diagnostics.build(), null)
                : new Extraction(meta.title(), meta.byline(), meta.published(), meta.language(), "", List.of(),
                        List.of(), diagnostics.build(), null);
    }
}
