package dev.copydesk.index;

import dev.copydesk.annotate.AnalysedArticleJson;
import dev.copydesk.core.Article;
import java.io.IOException;

/**
 * Reads an article back from the JSON the index stores ({@code analyze}'s output): its fields and its
 * entity, quote, amount and date layers ({@link AnalysedArticleJson}), so that corpus-wide comparisons
 * (quote lineage, figures) can run on stored articles without analysing them again. Stateless and
 * thread-safe.
 */
final class StoredArticles {
    private StoredArticles() {
    }

    static Article read(byte[] json) throws IOException {
        try {
            return AnalysedArticleJson.read(json);
        } catch (IllegalArgumentException e) {
            throw new IOException("stored article: " + e.getMessage(), e);
        }
    }
}
