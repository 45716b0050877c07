package dev.copydesk.http;

import dev.copydesk.index.ArticleIndex;
import java.io.IOException;
import java.util.List;

/**
 * What a story page shows across its articles: quote lineage (each quote's first appearance and how later
 * articles repeat, trim or alter it) and figures side by side. Thread-safe.
 */
final class StoryComparisons {
    /** Lineage threads and figure groups, as JSON-ready values. */
    record Result(List<?> quotes, List<?> figures) {
    }

    /** The comparisons over the articles {@code ids} (in arrival order). */
    Result compare(ArticleIndex index, List<String> ids) throws IOException {
        return new Result(List.of(), List.of());
    }
}
