package dev.copydesk.eval.extraction;

/** Extracts the main text of one page; the per-page form of an {@link ExtractionSystem}. */
@FunctionalInterface
public interface PageExtractor {
    /**
     * @param html the page
     * @param url  the page URL, or {@code null}
     * @return the main text; {@code null} counts as empty
     * @throws Exception when the system fails on the page
     */
    String extract(String html, String url) throws Exception;
}
