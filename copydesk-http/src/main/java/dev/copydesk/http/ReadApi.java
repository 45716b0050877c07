package dev.copydesk.http;

import dev.copydesk.annotate.EntityType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.copydesk.index.ArticleIndex;
import dev.copydesk.index.ArticleStory;
import dev.copydesk.index.EntityProfile;
import dev.copydesk.index.QuoteHit;
import dev.copydesk.index.SearchQuery;
import dev.copydesk.index.SearchResult;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The read-only routes: health, search, articles (with their story and duplicate links), entities and quotes. Each handler parses the
 * request strictly, asks the index, and writes JSON; nothing else. Whole articles are read and sent
 * within a {@link RequestGate}, a long one ({@link ServerLimits#LARGE_RESPONSE_BYTES} and more) until its
 * last byte is written, so only so many are in memory for clients that do not read them.
 */
final class ReadApi {
    /** Deep paging costs the index more than it helps anyone: the first 10,000 results are reachable. */
    static final int MAX_OFFSET = 10_000;
    static final int DEFAULT_PAGE_SIZE = 10;
    static final int DEFAULT_QUOTE_PAGE_SIZE = 20;
    static final int DEFAULT_ENTITY_LIMIT = 50;
    static final int MAX_ENTITY_LIMIT = 500;
    /** Longest id or canonical name accepted in a path. */
    static final int MAX_PATH_VALUE = 1000;

    private static final Set<String> SEARCH_PARAMS = Set.of("q", "entity", "speaker", "source", "from", "to", "page", "size");
    private static final Set<String> ENTITY_PARAMS = Set.of("q", "type", "limit");
    private static final Set<String> QUOTE_PARAMS = Set.of("speaker", "q", "page", "size");

    private static final ObjectMapper LINKS_JSON = JsonMapper.builder().build();

    private final ArticleIndex index;
    private final String version;
    private final RequestGate articleResponses;

    ReadApi(ArticleIndex index, String version, RequestGate articleResponses) {
        this.index = index;
        this.version = version;
        this.articleResponses = articleResponses;
    }

    void health(Context ctx) throws IOException {
        QueryParams.parse(ctx.queryString(), Set.of());
        ctx.json(new Views.Health("ok", index.size(), version));
    }

    void search(Context ctx) throws IOException {
        QueryParams p = QueryParams.parse(ctx.queryString(), SEARCH_PARAMS);
        int size = p.integer("size", DEFAULT_PAGE_SIZE, 1, SearchQuery.MAX_LIMIT);
        int page = p.integer("page", 1, 1, MAX_OFFSET);
        int offset = offset(page, size);
        LocalDate from = p.date("from");
        LocalDate to = p.date("to");
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.badRequest("'from' " + from + " is after 'to' " + to);
        }
        SearchQuery query = new SearchQuery(p.single("q"), p.all("entity"), p.all("speaker"), p.all("source"),
                from, to, offset, size);
        SearchResult r = index.search(query);
        ctx.json(new Views.SearchPage(r.total(), page, size, r.hits().stream().map(Views::hit).toList(),
                Views.facets(r.facets())));
    }

    void article(Context ctx) throws IOException {
        QueryParams.parse(ctx.queryString(), Set.of());
        String id = pathValue(ctx, "id");
        // The place is taken before the article is read, so clients asking for a long one over and over
        // are turned away before it costs memory or time.
        articleResponses.enter(ctx);
        try {
            Optional<byte[]> json = index.articleJsonBytes(id);
            if (json.isEmpty()) {
                throw ApiException.notFound("no article with id '" + QueryParams.abbreviate(id) + "'");
            }
            byte[] article = json.get();
            byte[] links = links(index.articleStory(id).orElse(null));
            int end = lastBrace(article);
            ctx.contentType("application/json");
            if (article.length < ServerLimits.LARGE_RESPONSE_BYTES) {
                ctx.result(withLinks(article, links, end));
                return;
            }
            // Written here rather than after the handler returns, so the place is held until the last byte is
            // sent; in two parts, so a long article is not copied to add its links.
            ctx.res().setContentLength(end + links.length);
            ctx.res().getOutputStream().write(article, 0, end);
            ctx.res().getOutputStream().write(links);
            ctx.res().flushBuffer();
        } finally {
            articleResponses.leave();
        }
    }

    /**
     * The stored article's JSON object with its {@code story} and {@code duplicates} added as its last
     * fields (both null before its first linking), spliced in without parsing the article again.
     */
    static byte[] withLinks(byte[] article, ArticleStory links) throws IOException {
        return withLinks(article, links(links), lastBrace(article));
    }

    private static byte[] withLinks(byte[] article, byte[] links, int end) {
        byte[] out = new byte[end + links.length];
        System.arraycopy(article, 0, out, 0, end);
        System.arraycopy(links, 0, out, end, links.length);
        return out;
    }

    /** The links as the fields that close the article's object: {@code ,"story":…,"duplicates":…}}. */
    private static byte[] links(ArticleStory links) throws IOException {
        byte[] object = LINKS_JSON.writeValueAsBytes(StoryViews.links(links));
        object[0] = ',';
        return object;
    }

    /** Where the article's closing brace is. */
    private static int lastBrace(byte[] article) {
        int end = article.length - 1;
        while (end > 0 && article[end] != '}') {
            end--;
        }
        return end;
    }

    void entities(Context ctx) throws IOException {
        QueryParams p = QueryParams.parse(ctx.queryString(), ENTITY_PARAMS);
        String type = p.single("type");
        if (type != null) {
            type = entityType(type);
        }
        int limit = p.integer("limit", DEFAULT_ENTITY_LIMIT, 1, MAX_ENTITY_LIMIT);
        String text = p.single("q");
        ctx.json(new Views.EntityList(index.entities(text == null ? "" : text, type, limit)));
    }

    void entity(Context ctx) throws IOException {
        QueryParams.parse(ctx.queryString(), Set.of());
        String canonical = pathValue(ctx, "canonical");
        Optional<EntityProfile> profile = index.entity(canonical);
        if (profile.isEmpty()) {
            throw ApiException.notFound("no entity named '" + QueryParams.abbreviate(canonical) + "'");
        }
        ctx.json(Views.profile(profile.get()));
    }

    void quotes(Context ctx) throws IOException {
        QueryParams p = QueryParams.parse(ctx.queryString(), QUOTE_PARAMS);
        int size = p.integer("size", DEFAULT_QUOTE_PAGE_SIZE, 1, SearchQuery.MAX_LIMIT);
        int page = p.integer("page", 1, 1, MAX_OFFSET);
        int offset = offset(page, size);
        // One more than the page holds tells whether there is a next page.
        List<QuoteHit> hits = index.quotes(p.single("speaker"), p.single("q"), offset, size + 1);
        boolean more = hits.size() > size;
        List<Views.QuoteView> quotes = hits.stream().limit(size).map(Views::quote).toList();
        ctx.json(new Views.QuotePage(page, size, more, quotes));
    }

    private static int offset(int page, int size) {
        long offset = (long) (page - 1) * size;
        if (offset + size > MAX_OFFSET) {
            throw ApiException.badRequest("page " + page + " is too deep: only the first " + MAX_OFFSET
                    + " results can be paged to; narrow the search instead");
        }
        return (int) offset;
    }

    private static String entityType(String value) {
        try {
            return EntityType.valueOf(value.toUpperCase(Locale.ROOT)).name();
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("parameter 'type' must be one of " + List.of(EntityType.values())
                    + ", was '" + QueryParams.abbreviate(value) + "'");
        }
    }

    static String pathValue(Context ctx, String name) {
        String v;
        try {
            v = ctx.pathParam(name);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("malformed percent-encoding in the path");
        }
        if (v.isBlank() || v.length() > MAX_PATH_VALUE) {
            throw ApiException.notFound("no such " + name);
        }
        return v;
    }
}
