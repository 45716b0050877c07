package dev.copydesk.clean;

/**
 * Recovers the article from plain text as scrapers leave it. Final and thread-safe.
 */
public final class TextCleaner {
    public static final String STAGE = "text-cleaner";

    public Extraction clean(String raw) {
        throw new UnsupportedOperationException("not yet");
    }
}
