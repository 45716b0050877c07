package dev.copydesk.http;

import dev.copydesk.core.Article;
import dev.copydesk.index.ArticleIndex;
import dev.copydesk.index.FacetValue;
import dev.copydesk.index.StoryDetail;
import dev.copydesk.link.figures.FigureComparison;
import dev.copydesk.link.figures.FigureGroup;
import dev.copydesk.link.lineage.QuoteLineage;
import dev.copydesk.link.lineage.QuoteThread;
import dev.copydesk.link.names.NameResolution;
import dev.copydesk.link.names.NameResolver;
import dev.copydesk.link.names.ResolvedEntity;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What a story page shows across its articles: quote lineage (each quote's first appearance and how later
 * articles repeat, trim or alter it, word by word) and figures side by side (the same measure as each
 * article reports it, with disagreements flagged), computed by copydesk-link over the story's stored
 * articles read back from the index; and its key entities with names resolved across those articles. A
 * story's first {@link #MAX_ARTICLES} articles are compared.
 * Stateless and thread-safe.
 */
final class StoryComparisons {
    /** Most articles of one story compared, in arrival order. */
    static final int MAX_ARTICLES = 300;

    /** How many key entities a story page lists. */
    static final int KEY_ENTITIES = 8;

    /**
     * Lineage threads, figure groups, and the key entities under their names across articles ("Trump" and
     * "Donald Trump" count as one), by how many of the compared articles mention each.
     */
    record Result(List<QuoteThread> quotes, List<FigureGroup> figures, List<FacetValue> keyEntities) {
    }

    /** The comparisons over story {@code story}'s articles. */
    Result compare(ArticleIndex index, StoryDetail story) throws IOException {
        Map<String, String> outlets = new HashMap<>();
        for (StoryDetail.Member m : story.articles()) {
            outlets.put(m.id(), m.outlet());
        }
        List<String> ids = story.articles().stream().map(StoryDetail.Member::id).limit(MAX_ARTICLES).toList();
        List<Article> articles = index.articles(ids);
        Function<Article, String> outletOf = a -> outlets.get(a.id());
        return new Result(QuoteLineage.trace(articles, outletOf), FigureComparison.compare(articles, outletOf),
                keyEntities(articles));
    }

    private static List<FacetValue> keyEntities(List<Article> articles) {
        Map<String, NameResolution> names = NameResolver.resolve(articles);
        Map<String, Integer> counts = new HashMap<>();
        for (Article a : articles) {
            Set<String> seen = new HashSet<>();
            for (ResolvedEntity e : NameResolver.resolvedEntities(a, names)) {
                if (e.resolved() != null && !e.resolved().isBlank() && seen.add(e.resolved())) {
                    counts.merge(e.resolved(), 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(KEY_ENTITIES).map(e -> new FacetValue(e.getKey(), e.getValue())).toList();
    }
}
