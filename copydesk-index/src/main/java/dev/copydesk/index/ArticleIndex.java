package dev.copydesk.index;

import dev.copydesk.core.Article;
import dev.copydesk.core.ArticleJson;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The embedded article index (Apache Lucene) in one directory: analysed articles with their
 * entities, quotes, amounts and dates, searchable by text and faceted by entity, speaker, outlet and date.
 *
 * <p>Each article is one document holding its analysed JSON (as {@code analyze} writes it), its title,
 * body and captions for full-text search, and its facets; each of its quotes is a document of its own,
 * written and replaced together with the article, so putting an article again replaces it and never
 * duplicates it. The outlet and the day an article counts under are described in {@code Outlets}: the
 * URL's host, else a PolNeAR-style file name's leading word, else the source; the publication date,
 * else a file name's date (for the date range and month facet only).
 *
 * <p>Each article also keeps its arrival number (the order it was first put) and its links to the rest of
 * the corpus: its story and the original it copies, stored by {@link #setLinks} in place (doc values) and
 * grouped into {@link #stories}, {@link #story} and {@link #articleStory}; ingest relinks the corpus in
 * arrival order ({@link #forEachLinkSource}) so story ids never change.
 *
 * <p>Thread-safe: one instance serves concurrent searches while articles are put. Writes become
 * durable at {@link #commit()} (and at {@link #close()}); a crash loses at most the uncommitted ones and
 * never corrupts what was committed, since Lucene commits are atomic. Only one process may open an index
 * for writing at a time; another gets an {@link IndexLockedException}.
 */
public final class ArticleIndex implements Closeable {
    /**
     * Names the analysis whose output the index holds; part of every {@link #fingerprint}, so changing it
     * makes ingest analyse every article again. Bump it when annotation or the index's documents change.
     */
    public static final String ANALYSIS_VERSION = "copydesk-analysis-1/index-schema-" + Schema.VERSION;
    /** How many values each facet of a search lists (months: all). */
    public static final int FACET_SIZE = 10;
    /** How deep {@link SearchQuery#offset()} + limit and quote paging may go. */
    public static final int MAX_WINDOW = 10_000;

    private static final int LOCK_STRIPES = 64;
    /**
     * Lucene warns on standard error, once per process, that the JDK's incubating vector module is not
     * enabled; the index works without it, and a library must not print, so the warning is silenced. The
     * reference keeps the logger (and its level) alive.
     */
    private static final Logger VECTOR_NOTICE = Logger.getLogger("org.apache.lucene.internal.vectorization.VectorizationProvider");

    static {
        VECTOR_NOTICE.setLevel(Level.SEVERE);
    }

    private final Path dir;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Analyzer analyzer;
    private final FacetsConfig facetsConfig;
    /** Fingerprints of articles put since the searchers last refreshed, which they cannot see yet. */
    private final Map<String, Stored> pending = new ConcurrentHashMap<>();
    /** The next arrival number; articles keep theirs when replaced. */
    private final java.util.concurrent.atomic.AtomicLong nextSeq = new java.util.concurrent.atomic.AtomicLong();
    private final Object[] locks = new Object[LOCK_STRIPES];
    private final Searches searches;

    private ArticleIndex(Path dir, Directory directory, IndexWriter writer, Analyzer analyzer, FacetsConfig config)
            throws IOException {
        this.dir = dir;
        this.directory = directory;
        this.writer = writer;
        this.analyzer = analyzer;
        this.facetsConfig = config;
        this.searchers = writer != null ? new SearcherManager(writer, Snapshot.factory(config))
                : new SearcherManager(directory, Snapshot.factory(config));
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new Object();
        }
        this.searches = new Searches(analyzer);
        IndexSearcher s = searchers.acquire();
        try {
            nextSeq.set(Links.maxSeq(s.getIndexReader()) + 1);
        } finally {
            searchers.release(s);
        }
    }

    /** An article's fingerprint and arrival number as stored. */
    private record Stored(String fingerprint, long seq) {
    }

    /**
     * Opens the index in {@code dir} for reading and writing, creating it when missing.
     *
     * @throws IndexLockedException when another process (or another instance) has it open for writing
     */
    public static ArticleIndex open(Path dir) throws IOException {
        Files.createDirectories(dir);
        Directory directory = FSDirectory.open(dir);
        Analyzer analyzer = new EnglishAnalyzer();
        IndexWriter writer;
        boolean created;
        try {
            created = !DirectoryReader.indexExists(directory);
            IndexWriterConfig c = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(64)
                    .setCommitOnClose(true);
            writer = new IndexWriter(directory, c);
        } catch (LockObtainFailedException e) {
            directory.close();
            throw new IndexLockedException("index " + dir + " is in use by another copydesk process", e);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
        try {
            checkSchema(dir, writer.getLiveCommitData());
            writer.setLiveCommitData(Map.of(Schema.VERSION_KEY, Schema.VERSION).entrySet());
            if (created) {
                writer.commit();
            }
            return new ArticleIndex(dir, directory, writer, analyzer, Schema.facetsConfig());
        } catch (IOException | RuntimeException e) {
            writer.rollback();
            directory.close();
            throw e;
        }
    }

    /**
     * Opens an existing index for reading only; {@link #put} then throws. Sees commits made later by a
     * writer, in this process or another, after {@link #refresh()}.
     *
     * @throws NoIndexException when {@code dir} holds no index
     */
    public static ArticleIndex openReadOnly(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new NoIndexException(dir);
        }
        Directory directory = FSDirectory.open(dir);
        try {
            if (!DirectoryReader.indexExists(directory)) {
                throw new NoIndexException(dir);
            }
            try (DirectoryReader r = DirectoryReader.open(directory)) {
                checkSchema(dir, r.getIndexCommit().getUserData().entrySet());
            }
            return new ArticleIndex(dir, directory, null, new EnglishAnalyzer(), Schema.facetsConfig());
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    private static void checkSchema(Path dir, Iterable<Map.Entry<String, String>> userData) throws IOException {
        if (userData == null) {
            return;
        }
        for (Map.Entry<String, String> e : userData) {
            if (e.getKey().equals(Schema.VERSION_KEY) && !e.getValue().equals(Schema.VERSION)) {
                throw new IOException("index " + dir + " was built by another Copydesk version (schema " + e.getValue()
                        + ", this version reads " + Schema.VERSION + "); delete it and run 'copydesk ingest' again");
            }
        }
    }

    /**
     * A fingerprint of a cleaned article's content and metadata (everything {@code clean} writes) and of
     * the analysis that will annotate it ({@link #ANALYSIS_VERSION}), for {@link #isCurrent}. Annotation
     * layers are not part of it, so the cleaned and the analysed article have the same fingerprint.
     */
    public static String fingerprint(Article cleaned) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(ANALYSIS_VERSION.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(ArticleJson.toJson(cleaned).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    /** The directory the index lives in. */
    public Path directory() {
        return dir;
    }

    /** Whether this instance was opened with {@link #openReadOnly}. */
    public boolean readOnly() {
        return writer == null;
    }

    /** Whether the index already holds article {@code id} with this {@link #fingerprint}, so ingest can skip analysing it again. */
    public boolean isCurrent(String id, String fingerprint) throws IOException {
        Stored current = stored(id);
        return current != null && fingerprint.equals(current.fingerprint());
    }

    private Stored stored(String id) throws IOException {
        Stored p = pending.get(id);
        if (p != null) {
            return p;
        }
        IndexSearcher s = searchers.acquire();
        try {
            TopDocs top = s.search(articleById(id), 1);
            if (top.scoreDocs.length == 0) {
                return null;
            }
            Document d = s.storedFields().document(top.scoreDocs[0].doc, java.util.Set.of(Schema.FP, Schema.SEQ));
            return new Stored(d.get(Schema.FP), d.getField(Schema.SEQ).numericValue().longValue());
        } finally {
            searchers.release(s);
        }
    }

    static Query articleById(String id) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Schema.AID, id)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Schema.KIND, Schema.ARTICLE)), BooleanClause.Occur.FILTER)
                .build();
    }

    /**
     * Adds an analysed article, replacing one with the same id (and its quotes). Nothing changes when the
     * index already holds the article with the same fingerprint. Visible to searches after
     * {@link #refresh()} or {@link #commit()}.
     *
     * @throws IllegalStateException when the index was opened read-only
     */
    public PutResult put(Article analyzed, String fingerprint) throws IOException {
        if (writer == null) {
            throw new IllegalStateException("index " + dir + " was opened read-only");
        }
        String id = analyzed.id();
        synchronized (locks[Math.floorMod(id.hashCode(), LOCK_STRIPES)]) {
            Stored existing = stored(id);
            if (existing != null && fingerprint.equals(existing.fingerprint())) {
                return PutResult.UNCHANGED;
            }
            long seq = existing != null ? existing.seq() : nextSeq.getAndIncrement();
            List<Document> docs = Schema.documents(analyzed, fingerprint, seq, facetsConfig);
            writer.updateDocuments(new Term(Schema.AID, id), docs);
            pending.put(id, new Stored(fingerprint, seq));
            return existing == null ? PutResult.ADDED : PutResult.REPLACED;
        }
    }

    /** Makes everything put so far durable and visible. */
    public void commit() throws IOException {
        if (writer != null) {
            writer.commit();
        }
        refresh();
    }

    /** Makes recent puts (or, read-only, another process's commits) visible to searches. */
    public void refresh() throws IOException {
        Map<String, Stored> seen = new HashMap<>(pending);
        searchers.maybeRefreshBlocking();
        seen.forEach(pending::remove);
    }

    /** Number of articles searchable now. */
    public long size() throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            return s.count(new TermQuery(new Term(Schema.KIND, Schema.ARTICLE)));
        } finally {
            searchers.release(s);
        }
    }

    /** The article as {@code analyze} writes it (one JSON object, with all its annotations), or empty. */
    public Optional<String> articleJson(String id) throws IOException {
        return articleJsonBytes(id).map(b -> new String(b, java.nio.charset.StandardCharsets.UTF_8));
    }

    /** {@link #articleJson(String)} as UTF-8 bytes, the form it is stored in: one copy of a long article, not two. */
    public Optional<byte[]> articleJsonBytes(String id) throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            TopDocs top = s.search(articleById(id), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            var json = s.storedFields().document(top.scoreDocs[0].doc, java.util.Set.of(Schema.JSON)).getBinaryValue(Schema.JSON);
            return Optional.of(java.util.Arrays.copyOfRange(json.bytes, json.offset, json.offset + json.length));
        } finally {
            searchers.release(s);
        }
    }

    /**
     * The stored articles with these ids (unknown ids skipped), read back with their entity, quote, amount
     * and date layers (not their diagnostics), in the order given.
     */
    public List<Article> articles(List<String> ids) throws IOException {
        List<Article> out = new java.util.ArrayList<>(ids.size());
        for (String id : ids) {
            Optional<byte[]> json = articleJsonBytes(id);
            if (json.isPresent()) {
                out.add(StoredArticles.read(json.get()));
            }
        }
        return out;
    }

    private volatile boolean cacheResults = true;

    /**
     * Whether searches, entity lists, profiles and quote lists are kept per index snapshot and reused for the
     * same request until the index changes (on by default). Benchmarks turn it off to time the work itself.
     */
    public void cacheResults(boolean on) {
        cacheResults = on;
    }

    private <T> T maybeCached(Snapshot s, Object key, Snapshot.Work<T> work) throws IOException {
        return cacheResults ? s.cached(key, work) : work.run();
    }

    /** Ranked hits with snippets, plus facets over every match. Throws {@link InvalidQueryException} for a query it cannot run. */
    public SearchResult search(SearchQuery query) throws IOException {
        Snapshot s = (Snapshot) searchers.acquire();
        try {
            return maybeCached(s, query, () -> searches.search(s, query));
        } finally {
            searchers.release(s);
        }
    }

    /**
     * Entities whose canonical name contains {@code text} (case-insensitive; blank lists all), most-mentioned
     * first, optionally of one type (an {@code EntityType} name; null or blank for any).
     *
     * @throws InvalidQueryException for an unknown type or a negative limit
     */
    public List<EntitySummary> entities(String text, String type, int limit) throws IOException {
        Snapshot s = (Snapshot) searchers.acquire();
        try {
            return maybeCached(s, Arrays.asList("entities", text, type, limit), () -> List.copyOf(searches.entities(s, text, type, limit)));
        } finally {
            searchers.release(s);
        }
    }

    /** The profile of the entity with this canonical name (case-insensitive), or empty when unknown. */
    public Optional<EntityProfile> entity(String canonical) throws IOException {
        Snapshot s = (Snapshot) searchers.acquire();
        try {
            return maybeCached(s, Arrays.asList("entity", canonical), () -> searches.entity(s, canonical));
        } finally {
            searchers.release(s);
        }
    }

    /**
     * Quotes by a speaker (canonical name, case-insensitive; null for any) whose words match {@code text}
     * (query syntax as in {@link SearchQuery}; null for any), newest first.
     *
     * @throws InvalidQueryException for bad syntax or paging out of range
     */
    public List<QuoteHit> quotes(String speaker, String text, int offset, int limit) throws IOException {
        Snapshot s = (Snapshot) searchers.acquire();
        try {
            return maybeCached(s, Arrays.asList("quotes", speaker, text, offset, limit),
                    () -> List.copyOf(searches.quotes(s, speaker, text, offset, limit)));
        } finally {
            searchers.release(s);
        }
    }

    /**
     * Hands every searchable article to {@code sink} in arrival order (a replaced article keeps its place) with
     * its text and current links, one at a time, for a linker to replay. {@link #refresh()} first.
     */
    public void forEachLinkSource(Consumer<LinkSource> sink) throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            Links.forEachSource(s, sink);
        } finally {
            searchers.release(s);
        }
    }

    /**
     * Stores the links of article {@code id} in place (the article is not written again); visible after
     * {@link #refresh()} or {@link #commit()}. Does nothing when no article has that id.
     *
     * @throws IllegalStateException when the index was opened read-only
     */
    public void setLinks(String id, ArticleLinks links) throws IOException {
        if (writer == null) {
            throw new IllegalStateException("index " + dir + " was opened read-only");
        }
        Links.update(writer, Objects.requireNonNull(id, "id"), Objects.requireNonNull(links, "links"));
    }

    /** How many searchable articles have no links yet; ingest relinks when there are any. */
    public long unlinked() throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            return Links.unlinked(s.getIndexReader());
        } finally {
            searchers.release(s);
        }
    }

    /** Stories with an article matching {@code query}, newest first. Throws {@link InvalidQueryException} for a query it cannot run. */
    public StoryPage stories(StoryQuery query) throws IOException {
        Snapshot s = (Snapshot) searchers.acquire();
        try {
            StoryTable table = stories(s);
            return maybeCached(s, query, () -> {
                List<String> ids = searches.stories(s, table, query);
                List<StoryListing> page = ids.subList(Math.min(ids.size(), query.offset()),
                        Math.min(ids.size(), query.offset() + query.limit())).stream().map(table::listing).toList();
                return new StoryPage(ids.size(), page);
            });
        } finally {
            searchers.release(s);
        }
    }

    /** Story {@code id} in full, or empty when no article belongs to it. */
    public Optional<StoryDetail> story(String id) throws IOException {
        Snapshot s = (Snapshot) searchers.acquire();
        try {
            return stories(s).detail(id);
        } finally {
            searchers.release(s);
        }
    }

    /** Article {@code id}'s story and duplicate links, or empty when it is unknown or not linked yet. */
    public Optional<ArticleStory> articleStory(String id) throws IOException {
        Snapshot s = (Snapshot) searchers.acquire();
        try {
            return stories(s).article(id);
        } finally {
            searchers.release(s);
        }
    }

    private static StoryTable stories(Snapshot s) throws IOException {
        return s.stories();
    }

    /** Commits what was put (when writable) and releases the index; the instance is unusable afterwards. */
    @Override
    public void close() throws IOException {
        try {
            searchers.close();
        } finally {
            try {
                if (writer != null) {
                    writer.close();
                }
            } finally {
                directory.close();
            }
        }
    }
}
