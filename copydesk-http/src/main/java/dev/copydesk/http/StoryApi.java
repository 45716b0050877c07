package dev.copydesk.http;

import dev.copydesk.index.ArticleIndex;
import dev.copydesk.index.StoryDetail;
import dev.copydesk.index.StoryPage;
import dev.copydesk.index.StoryQuery;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * The story routes: stories matching a search, and one story with its articles, timeline, quote lineage
 * and figures side by side. Each handler parses the request strictly, asks the index, and writes JSON.
 */
final class StoryApi {
    static final int DEFAULT_LIMIT = 20;
    private static final Set<String> LIST_PARAMS = Set.of("q", "entity", "from", "to", "limit", "offset");

    private final ArticleIndex index;
    private final StoryComparisons comparisons;

    StoryApi(ArticleIndex index, StoryComparisons comparisons) {
        this.index = index;
        this.comparisons = comparisons;
    }

    void list(Context ctx) throws IOException {
        QueryParams p = QueryParams.parse(ctx.queryString(), LIST_PARAMS);
        int limit = p.integer("limit", DEFAULT_LIMIT, 1, StoryQuery.MAX_LIMIT);
        int offset = p.integer("offset", 0, 0, ReadApi.MAX_OFFSET);
        LocalDate from = p.date("from");
        LocalDate to = p.date("to");
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.badRequest("'from' " + from + " is after 'to' " + to);
        }
        StoryPage page = index.stories(new StoryQuery(p.single("q"), p.single("entity"), from, to, offset, limit));
        ctx.json(new StoryViews.StoryList(page.total(), offset, limit,
                page.stories().stream().map(StoryViews::story).toList()));
    }

    void story(Context ctx) throws IOException {
        QueryParams.parse(ctx.queryString(), Set.of());
        String id = ReadApi.pathValue(ctx, "id");
        Optional<StoryDetail> d = index.story(id);
        if (d.isEmpty()) {
            throw ApiException.notFound("no story with id '" + QueryParams.abbreviate(id) + "'");
        }
        StoryComparisons.Result compared = comparisons.compare(index, d.get());
        ctx.json(StoryViews.page(d.get(), compared));
    }
}
