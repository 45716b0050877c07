package dev.copydesk.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.copydesk.index.ArticleIndex;
import dev.copydesk.index.InvalidQueryException;
import dev.copydesk.index.NoIndexException;
import dev.copydesk.index.SearchHit;
import dev.copydesk.index.SearchQuery;
import dev.copydesk.index.SearchResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code copydesk search}: ranked articles from the index, with snippets. */
@Command(name = "search", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Search the index 'copydesk ingest' built. QUERY uses Lucene's query syntax over title, text and "
                    + "captions: words (all must match), \"a phrase\", OR, -word, title:word, wild*, fuzzy~. "
                    + "A blank QUERY lists every article, newest first; otherwise the best matches come first.",
            "Filters take canonical names and outlets as the facets show them, in any case; repeated, all must match.",
            "Text output shows each hit with its outlet, date, score and a snippet, matches in [[double brackets]] "
                    + "(bold on a terminal). --json writes one object per hit: id, title, source, url, published, "
                    + "score, snippet, with matches in the snippet wrapped in ** as in Markdown."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the search ran (even with no hits)", "1:there is no index", "2:usage error or a query that cannot run"},
        footerHeading = "%nExamples:%n",
        footer = {"  copydesk search 'health AND clinton' --from 2016-09-01 --to 2016-09-30",
            "  copydesk search '' --entity 'Hillary Clinton' --source breitbart --json"})
final class SearchCommand implements Callable<Integer> {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "The query; several words are joined by spaces.")
    List<String> words = new ArrayList<>();

    @Mixin
    IndexOptions index;

    @Option(names = "--entity", paramLabel = "NAME", description = "Only articles naming this entity (canonical name).")
    List<String> entities = new ArrayList<>();

    @Option(names = "--speaker", paramLabel = "NAME", description = "Only articles quoting this speaker (canonical name).")
    List<String> speakers = new ArrayList<>();

    @Option(names = "--source", paramLabel = "OUTLET", description = "Only articles from this outlet (e.g. nytimes.com, breitbart).")
    List<String> sources = new ArrayList<>();

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only articles published on or after this day.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only articles published on or before this day.")
    LocalDate to;

    @Option(names = "--page", paramLabel = "N", defaultValue = "1", description = "Page of hits to show (default: ${DEFAULT-VALUE}).")
    int page;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10",
            description = "Hits per page, at most " + SearchQuery.MAX_LIMIT + " (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "One JSON object per hit (JSON Lines) instead of text.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        SearchQuery query = query();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (ArticleIndex articles = ArticleIndex.openReadOnly(index.dir)) {
            SearchResult result = articles.search(query);
            if (json) {
                for (SearchHit h : result.hits()) {
                    out.println(json(h));
                }
            } else {
                text(out, query, result, Terminal.styled());
            }
            out.flush();
            return 0;
        } catch (NoIndexException e) {
            err.println("copydesk: " + e.getMessage() + "; run 'copydesk ingest' first");
            err.flush();
            return 1;
        } catch (InvalidQueryException e) {
            err.println("copydesk: " + e.getMessage());
            err.flush();
            return 2;
        }
    }

    private SearchQuery query() {
        if (page < 1) {
            throw new ParameterException(spec.commandLine(), "--page must be at least 1, not " + page);
        }
        if (limit < 1 || limit > SearchQuery.MAX_LIMIT) {
            throw new ParameterException(spec.commandLine(), "--limit must be between 1 and " + SearchQuery.MAX_LIMIT + ", not " + limit);
        }
        long offset = (long) (page - 1) * limit;
        if (offset + limit > ArticleIndex.MAX_WINDOW) {
            throw new ParameterException(spec.commandLine(), "--page " + page + " is too deep: at most the first "
                    + ArticleIndex.MAX_WINDOW + " hits can be paged through");
        }
        try {
            return new SearchQuery(String.join(" ", words), entities, speakers, sources, from, to, (int) offset, limit);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage().replace("from ", "--from ").replace("is after to", "is after --to"));
        }
    }

    static void text(PrintWriter out, SearchQuery q, SearchResult r, boolean styled) {
        int rank = q.offset();
        for (SearchHit h : r.hits()) {
            rank++;
            out.println(rank + ". " + (h.title() == null ? "(untitled)" : h.title()));
            List<String> meta = new ArrayList<>();
            meta.add(h.source());
            meta.add(h.published() == null ? "undated" : h.published());
            if (!q.text().isBlank()) {
                meta.add(String.format(Locale.ROOT, "score %.2f", h.score()));
            }
            meta.add(h.id());
            out.println("   " + String.join(" · ", meta));
            if (!h.snippet().isEmpty()) {
                out.println("   " + marks(h.snippet(), styled ? "\033[1m" : "[[", styled ? "\033[0m" : "]]"));
            }
            out.println();
        }
        String of = String.format(Locale.ROOT, "%,d article%s", r.total(), r.total() == 1 ? "" : "s");
        if (r.hits().isEmpty()) {
            out.println(r.total() == 0 ? "No articles match." : "No hits on this page; " + of + " match.");
        } else {
            out.println(String.format(Locale.ROOT, "%,d-%,d of %s", q.offset() + 1, q.offset() + r.hits().size(), of));
        }
    }

    /** The hit as one JSON object: id, title, source, url, published, score, snippet (matches as **word**). */
    static String json(SearchHit h) throws IOException {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(w)) {
            g.writeStartObject();
            g.writeStringField("id", h.id());
            g.writeStringField("title", h.title());
            g.writeStringField("source", h.source());
            g.writeStringField("url", h.url());
            g.writeStringField("published", h.published());
            g.writeNumberField("score", h.score());
            g.writeStringField("snippet", marks(h.snippet(), "**", "**"));
            g.writeEndObject();
        }
        return w.toString();
    }

    static String marks(String snippet, String start, String end) {
        return snippet.replace(String.valueOf(SearchHit.MARK_START), start).replace(String.valueOf(SearchHit.MARK_END), end);
    }
}
