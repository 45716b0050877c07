package dev.copydesk.link.lineage;

import java.util.List;

/**
 * One quote followed across articles.
 *
 * @param text           the quote as first published
 * @param firstArticle   the article that published it first (earliest date, undated after dated, then
 *                       smallest id)
 * @param firstOutlet    that article's outlet (may be null)
 * @param firstPublished that article's publication date, or null when unknown
 * @param versions       every version, the first one first, then in the same order
 */
public record QuoteThread(String text, String firstArticle, String firstOutlet, String firstPublished,
                          List<QuoteVersion> versions) {
    public QuoteThread {
        versions = List.copyOf(versions);
    }

    /** The number of distinct articles quoting it. */
    public long articles() {
        return versions.stream().map(QuoteVersion::articleId).distinct().count();
    }
}
