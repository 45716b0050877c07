package dev.copydesk.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/** The read side of {@link ArticleIndex}: searches, entities and quotes over one {@link Snapshot}. Thread-safe. */
final class Searches {
    /** Articles an entity profile lists with their mentions. */
    static final int PROFILE_ARTICLES = 50;
    static final int PROFILE_QUOTES = 20;
    static final int PROFILE_COOCCURRING = 10;

    private static final Set<String> HIT_FIELDS = Set.of(Schema.AID, Schema.TITLE, Schema.URL, Schema.PUBLISHED, Schema.OUTLET);
    private static final Set<String> MENTION_FIELDS = Set.of(Schema.AID, Schema.TITLE, Schema.PUBLISHED, Schema.OUTLET,
            Schema.MENTIONS);
    private static final Query ARTICLES = new TermQuery(new Term(Schema.KIND, Schema.ARTICLE));
    private static final Query QUOTES = new TermQuery(new Term(Schema.KIND, Schema.QUOTE));

    private final Analyzer analyzer;

    Searches(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    SearchResult search(Snapshot s, SearchQuery q) throws IOException {
        checkWindow(q.offset(), q.limit());
        Query text = rewrite(s, QueryParsing.articles(q.text(), analyzer));
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(text == null ? new MatchAllDocsQuery() : text, Occur.MUST)
                .add(ARTICLES, Occur.FILTER);
        boolean filtered = filter(b, Schema.ENTITY_KEY, q.entities()) | filter(b, Schema.SPEAKER_KEY, q.speakers())
                | filter(b, Schema.OUTLET_KEY, q.sources());
        if (q.from() != null || q.to() != null) {
            b.add(LongPoint.newRangeQuery(Schema.DAY, q.from() == null ? Long.MIN_VALUE : q.from().toEpochDay(),
                    q.to() == null ? Long.MAX_VALUE : q.to().toEpochDay()), Occur.FILTER);
            filtered = true;
        }
        Query query = b.build();
        int n = Math.max(1, q.offset() + q.limit());
        Sort sort = text == null ? Schema.NEWEST_FIRST : null;
        TopDocs top;
        long total;
        Facets facets;
        try {
            if (text == null && !filtered) {
                top = s.search(query, n, sort);
                total = s.count(ARTICLES);
                facets = s.all().facets(ArticleIndex.FACET_SIZE);
            } else {
                FacetsCollectorManager.FacetsResult r = sort == null
                        ? FacetsCollectorManager.search(s, query, n, new FacetsCollectorManager())
                        : FacetsCollectorManager.search(s, query, n, sort, new FacetsCollectorManager());
                top = r.topDocs();
                total = total(r.facetsCollector());
                facets = s.facets(s.counts(r.facetsCollector()), ArticleIndex.FACET_SIZE);
            }
        } catch (IndexSearcher.TooManyClauses | TooComplexToDeterminizeException e) {
            throw tooComplex(e);
        }
        ScoreDoc[] page = page(top.scoreDocs, q.offset(), q.limit());
        String[] snippets = Snippets.of(s, analyzer, text, page);
        StoredFields stored = s.storedFields();
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            Document d = stored.document(page[i].doc, HIT_FIELDS);
            float score = page[i] instanceof FieldDoc || Float.isNaN(page[i].score) ? 0f : page[i].score;
            hits.add(new SearchHit(d.get(Schema.AID), d.get(Schema.TITLE), d.get(Schema.OUTLET), d.get(Schema.URL),
                    d.get(Schema.PUBLISHED), score, snippets[i]));
        }
        return new SearchResult(total, hits, facets);
    }

    /**
     * The query with every fuzzy term, wildcard, regular expression and range expanded into the words it
     * matches, each within its bound (see {@link QueryParsing}); the search and the highlighter then both
     * read these words instead of expanding the query again, each in its own way.
     */
    private static Query rewrite(IndexSearcher s, Query text) throws IOException {
        if (text == null) {
            return null;
        }
        try {
            return s.rewrite(text);
        } catch (IndexSearcher.TooManyClauses | TooComplexToDeterminizeException e) {
            throw tooComplex(e);
        }
    }

    private static InvalidQueryException tooComplex(RuntimeException e) {
        if (e instanceof IndexSearcher.TooManyClauses) {
            return new InvalidQueryException("query is too complex: together its terms may match at most "
                    + IndexSearcher.getMaxClauseCount() + " different words; make it more specific", e);
        }
        return new InvalidQueryException("query is too complex: " + QueryParsing.describe(e.getMessage()), e);
    }

    List<EntitySummary> entities(Snapshot s, String text, String type, int limit) throws IOException {
        if (limit < 0) {
            throw new InvalidQueryException("limit must be at least 0, not " + limit);
        }
        String wanted = null;
        if (type != null && !type.isBlank()) {
            wanted = type.strip().toUpperCase(Locale.ROOT);
            if (!Schema.ENTITY_DIMS.contains(wanted)) {
                throw new InvalidQueryException("unknown entity type '" + type + "'; one of " + String.join(", ", Schema.ENTITY_DIMS));
            }
        }
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        Snapshot.AllCounts all = s.all();
        List<EntitySummary> out = new ArrayList<>(Math.min(limit, 1000));
        for (int i = 0; i < all.entities.size() && out.size() < limit; i++) {
            EntitySummary e = all.entities.get(i);
            if ((wanted == null || wanted.equals(e.type())) && (needle.isEmpty() || all.keys[i].contains(needle))) {
                out.add(e);
            }
        }
        return out;
    }

    Optional<EntityProfile> entity(Snapshot s, String canonical) throws IOException {
        if (canonical == null || Schema.key(canonical).isEmpty()) {
            return Optional.empty();
        }
        String key = Schema.key(canonical);
        Query q = new BooleanQuery.Builder()
                .add(ARTICLES, Occur.FILTER)
                .add(new TermQuery(new Term(Schema.ENTITY_KEY, key)), Occur.FILTER)
                .build();
        FacetsCollectorManager.FacetsResult r = FacetsCollectorManager.search(s, q, PROFILE_ARTICLES, Schema.NEWEST_FIRST,
                new FacetsCollectorManager());
        long total = total(r.facetsCollector());
        if (total == 0) {
            return Optional.empty();
        }
        SortedSetDocValuesFacetCounts counts = s.counts(r.facetsCollector());
        String name = canonical.strip();
        String type = null;
        long best = -1;
        Map<String, Long> others = new LinkedHashMap<>();
        for (String dim : Schema.ENTITY_DIMS) {
            for (FacetValue v : s.top(counts, dim, PROFILE_COOCCURRING * 2 + 5)) {
                if (Schema.key(v.value()).equals(key)) {
                    if (v.count() > best) {
                        best = v.count();
                        name = v.value();
                        type = dim;
                    }
                } else {
                    others.merge(v.value(), v.count(), Math::max);
                }
            }
        }
        if (type == null) {
            type = typeOf(s, key);
        }
        List<FacetValue> cooccurring = others.entrySet().stream()
                .map(e -> new FacetValue(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::value))
                .limit(PROFILE_COOCCURRING)
                .toList();
        StoredFields stored = s.storedFields();
        List<EntityProfile.ArticleMentions> mentions = new ArrayList<>();
        for (ScoreDoc sd : r.topDocs().scoreDocs) {
            Document d = stored.document(sd.doc, MENTION_FIELDS);
            mentions.add(new EntityProfile.ArticleMentions(d.get(Schema.AID), d.get(Schema.TITLE), d.get(Schema.OUTLET),
                    d.get(Schema.PUBLISHED), mentionsOf(d.get(Schema.MENTIONS), key)));
        }
        return Optional.of(new EntityProfile(name, type, total, mentions, cooccurring,
                quotes(s, name, null, 0, PROFILE_QUOTES), s.allValues(counts, Schema.DIM_MONTH)));
    }

    private static String typeOf(Snapshot s, String key) throws IOException {
        Snapshot.AllCounts all = s.all();
        for (int i = 0; i < all.entities.size(); i++) {
            if (all.keys[i].equals(key)) {
                return all.entities.get(i).type();
            }
        }
        return "MISC";
    }

    static List<EntityProfile.Mention> mentionsOf(String packed, String key) {
        List<EntityProfile.Mention> out = new ArrayList<>();
        if (packed == null) {
            return out;
        }
        int lineStart = 0;
        while (lineStart < packed.length()) {
            int lineEnd = packed.indexOf(Schema.LINE_SEP, lineStart);
            if (lineEnd < 0) {
                lineEnd = packed.length();
            }
            String[] f = packed.substring(lineStart, lineEnd).split(String.valueOf(Schema.FIELD_SEP), -1);
            if (f.length == 4 && Schema.key(f[0]).equals(key)) {
                out.add(new EntityProfile.Mention(f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3])));
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }

    List<QuoteHit> quotes(Snapshot s, String speaker, String text, int offset, int limit) throws IOException {
        if (offset < 0) {
            throw new InvalidQueryException("offset must be at least 0, not " + offset);
        }
        if (limit < 0 || limit > SearchQuery.MAX_LIMIT) {
            throw new InvalidQueryException("limit must be between 0 and " + SearchQuery.MAX_LIMIT + ", not " + limit);
        }
        checkWindow(offset, limit);
        Query words = rewrite(s, QueryParsing.quotes(text, analyzer));
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(QUOTES, Occur.FILTER);
        if (speaker != null && !Schema.key(speaker).isEmpty()) {
            b.add(new TermQuery(new Term(Schema.SPEAKER_KEY, Schema.key(speaker))), Occur.FILTER);
        }
        if (words != null) {
            b.add(words, Occur.MUST);
        }
        TopDocs top;
        try {
            top = s.search(b.build(), Math.max(1, offset + limit), Schema.QUOTES_NEWEST_FIRST);
        } catch (IndexSearcher.TooManyClauses | TooComplexToDeterminizeException e) {
            throw tooComplex(e);
        }
        StoredFields stored = s.storedFields();
        List<QuoteHit> out = new ArrayList<>();
        for (ScoreDoc sd : page(top.scoreDocs, offset, limit)) {
            Document d = stored.document(sd.doc);
            out.add(new QuoteHit(d.get(Schema.AID), d.get(Schema.Q_TITLE), d.get(Schema.OUTLET), d.get(Schema.PUBLISHED),
                    d.get(Schema.QUOTE_TEXT), intField(d, Schema.Q_START), intField(d, Schema.Q_END),
                    intField(d, Schema.Q_DIRECT) == 1, d.get(Schema.Q_SPEAKER), intField(d, Schema.Q_SPEAKER_START),
                    intField(d, Schema.Q_SPEAKER_END), d.get(Schema.Q_SPEAKER_CANONICAL), d.get(Schema.Q_CUE)));
        }
        return out;
    }

    /** Ids of the stories with at least one article matching {@code q}, in the table's newest-first order. */
    List<String> stories(Snapshot s, StoryTable table, StoryQuery q) throws IOException {
        if (q.all()) {
            return table.newestFirst();
        }
        Query text = rewrite(s, QueryParsing.articles(q.text(), analyzer));
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(text == null ? new MatchAllDocsQuery() : text, Occur.MUST)
                .add(ARTICLES, Occur.FILTER);
        filter(b, Schema.ENTITY_KEY, q.entity() == null ? List.of() : List.of(q.entity()));
        if (q.from() != null || q.to() != null) {
            b.add(LongPoint.newRangeQuery(Schema.DAY, q.from() == null ? Long.MIN_VALUE : q.from().toEpochDay(),
                    q.to() == null ? Long.MAX_VALUE : q.to().toEpochDay()), Occur.FILTER);
        }
        FacetsCollector hits;
        try {
            hits = s.search(b.build(), new FacetsCollectorManager());
        } catch (IndexSearcher.TooManyClauses | TooComplexToDeterminizeException e) {
            throw tooComplex(e);
        }
        Set<String> matched = new java.util.HashSet<>();
        for (FacetsCollector.MatchingDocs m : hits.getMatchingDocs()) {
            var it = m.bits().iterator();
            for (int doc = it.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                String story = table.storyOf(m.context().docBase + doc);
                if (story != null) {
                    matched.add(story);
                }
            }
        }
        return table.newestFirst().stream().filter(matched::contains).toList();
    }

    private static int intField(Document d, String name) {
        IndexableField f = d.getField(name);
        return f == null || f.numericValue() == null ? -1 : f.numericValue().intValue();
    }

    private static boolean filter(BooleanQuery.Builder b, String field, List<String> values) {
        boolean any = false;
        for (String v : values) {
            if (v == null || Schema.key(v).isEmpty()) {
                continue;
            }
            b.add(new TermQuery(new Term(field, Schema.key(v))), Occur.FILTER);
            any = true;
        }
        return any;
    }

    private static void checkWindow(int offset, int limit) {
        if ((long) offset + limit > ArticleIndex.MAX_WINDOW) {
            throw new InvalidQueryException("page is too deep: offset + limit must be at most " + ArticleIndex.MAX_WINDOW
                    + ", not " + ((long) offset + limit));
        }
    }

    private static long total(FacetsCollector fc) {
        long n = 0;
        for (FacetsCollector.MatchingDocs m : fc.getMatchingDocs()) {
            n += m.totalHits();
        }
        return n;
    }

    private static ScoreDoc[] page(ScoreDoc[] all, int offset, int limit) {
        if (offset >= all.length) {
            return new ScoreDoc[0];
        }
        return java.util.Arrays.copyOfRange(all, offset, Math.min(all.length, offset + limit));
    }
}
