package dev.copydesk.clean;

/**
 * Main-content extraction from HTML. Final and thread-safe.
 */
public final class HtmlExtractor {
    public static final String STAGE = "html-extractor";

    /**
     * @param html the page
     * @param url  the page URL, or {@code null}
     */
    public Extraction extract(String html, String url) {
        throw new UnsupportedOperationException("not yet");
    }
}
