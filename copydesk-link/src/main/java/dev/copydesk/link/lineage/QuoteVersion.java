package dev.copydesk.link.lineage;

import java.util.List;

/**
 * One article's version of a quote.
 *
 * @param articleId the article
 * @param outlet    who published it, as the caller's outlet function named it (may be null)
 * @param published the article's publication date, ISO-8601, or null when unknown
 * @param text      the quote as this article gives it
 * @param start     first char of the quote in the article text, inclusive
 * @param end       after its last char
 * @param speaker   who this article says spoke it (the quote's speakerCanonical, else its speaker), or null
 * @param kind      how it compares with the thread's first version: {@code "identical"} (same words,
 *                  ignoring case, punctuation and quote style; the first version itself is identical),
 *                  {@code "trimmed"} (one is a run of the other's words) or {@code "altered"} (mostly the
 *                  same words, some changed)
 * @param diff      the word-level diff against the first version, in order
 */
public record QuoteVersion(String articleId, String outlet, String published, String text, int start, int end,
                           String speaker, String kind, List<DiffOp> diff) {
    /** Same words as the first version. */
    public static final String IDENTICAL = "identical";
    /** A contiguous run of the first version's words, or the first version a run of its words. */
    public static final String TRIMMED = "trimmed";
    /** Mostly the first version's words, some changed. */
    public static final String ALTERED = "altered";

    public QuoteVersion {
        diff = List.copyOf(diff);
    }
}
