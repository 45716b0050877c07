package dev.copydesk.eval.extraction;

import java.io.IOException;

/** One HTML page to extract from: in memory ({@link Page}) or on disk ({@link PageFile}). */
public interface PageSource {
    /** The page's identifier within its benchmark or folder. */
    String id();

    /** The page's URL, or {@code null} when unknown. */
    String url();

    /** The page's HTML; a file is read again on every call. */
    String html() throws IOException;
}
