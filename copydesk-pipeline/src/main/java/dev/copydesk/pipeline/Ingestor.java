package dev.copydesk.pipeline;

import dev.copydesk.core.Article;
import dev.copydesk.core.Diagnostic;
import dev.copydesk.ingest.RawInput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Copydesk's ingest, the one every edge calls: clean → fingerprint → skip what the store holds
 * unchanged → analyse → put (or, under {@link IngestConfig#preAnalysed()}, read a finished article →
 * fingerprint → skip → put, with no cleaning or analysis), with commits every {@link IngestConfig#commitEvery()} stored articles,
 * every {@link IngestConfig#commitInterval()}, on {@link #commit()} and on {@link #close()}.
 *
 * <p>One call does it all ({@link #ingest(RawInput)}); a caller that analyses on several threads and
 * wants the articles stored in input order splits it in two: {@link #prepare} (clean, skip, analyse; any
 * thread, concurrently) and {@link #put} (store, count, commit; in the order the caller chooses).
 *
 * <p>Bad input is a result, not an exception: an input that cannot be read ({@link #failed}), a text
 * that cleaning empties, a text over the analysis limit or an analysis that throws gives a
 * {@link IngestResult.Status#FAILED} result with a one-line error, and the run goes on. Only the store
 * failing to write throws ({@link UncheckedIOException}): nothing after it could be kept.
 *
 * <p>Thread-safe. Never prints: the edges report the results.
 */
public final class Ingestor implements AutoCloseable {
    private final IngestConfig config;
    private final ArticleAnalyzer analyzer;
    private final ArticleStore store;
    private final long commitNanos;
    private long added;
    private long replaced;
    private long unchanged;
    private long failed;
    private long sinceCommit;
    private long lastCommit = System.nanoTime();
    private boolean closed;

    /**
     * @param analyzer cleans and analyses; its {@link ArticleAnalyzer#config()} should be
     *                 {@link IngestConfig#analysis()}
     * @param store    where articles go; {@link #close()} closes it
     */
    public Ingestor(IngestConfig config, ArticleAnalyzer analyzer, ArticleStore store) {
        this.config = Objects.requireNonNull(config, "config");
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.store = Objects.requireNonNull(store, "store");
        this.commitNanos = config.commitInterval().toNanos();
    }

    /** An ingestor with Copydesk's standard analysis over {@code store}. */
    public static Ingestor standard(IngestConfig config, ArticleStore store) {
        return new Ingestor(config, ArticleAnalyzer.standard(config.analysis()), store);
    }

    /** Cleans, analyses and stores one input. */
    public IngestResult ingest(RawInput in) {
        return put(prepare(in));
    }

    /** Analyses and stores one cleaned article. */
    public IngestResult ingest(Article cleaned) {
        return put(prepare(cleaned));
    }

    /**
     * Cleans one input and, unless the store holds it unchanged, analyses it. Under
     * {@link IngestConfig#preAnalysed()} reads it as a finished article instead (a record whose layers
     * are invalid fails alone). Any thread; stores nothing.
     */
    public Prepared prepare(RawInput in) {
        Objects.requireNonNull(in, "in");
        if (config.preAnalysed()) {
            return preparePreAnalysed(in);
        }
        Article cleaned;
        try {
            cleaned = analyzer.clean(in);
        } catch (RuntimeException e) {
            return Prepared.failed(in.source(), null, IngestResult.Failure.ERROR, message(e));
        }
        return prepare(cleaned);
    }

    /** Analyses one cleaned article unless the store holds it unchanged. Any thread; stores nothing. */
    public Prepared prepare(Article cleaned) {
        Objects.requireNonNull(cleaned, "cleaned");
        String source = cleaned.source();
        if (cleaned.text().isBlank()) {
            return Prepared.failed(source, cleaned.id(), IngestResult.Failure.NO_TEXT,
                    "no article text found" + cleaningError(cleaned));
        }
        try {
            String fingerprint = store.fingerprint(cleaned);
            if (store.isCurrent(cleaned.id(), fingerprint)) {
                return new Prepared(source, cleaned.id(), null, fingerprint, null, null);
            }
            return new Prepared(source, cleaned.id(), analyzer.analyse(cleaned), fingerprint, null, null);
        } catch (OverAnalysisLimitException e) {
            return Prepared.failed(source, cleaned.id(), IngestResult.Failure.OVER_ANALYSIS_LIMIT, e.getMessage());
        } catch (IOException | RuntimeException e) {
            return Prepared.failed(source, cleaned.id(), IngestResult.Failure.ERROR, message(e));
        }
    }

    private Prepared preparePreAnalysed(RawInput in) {
        Article a;
        try {
            a = PreAnalysed.read(in);
        } catch (RuntimeException e) {
            return Prepared.failed(in.source(), in.id(), IngestResult.Failure.ERROR, message(e));
        }
        if (a.text().isBlank()) {
            return Prepared.failed(in.source(), a.id(), IngestResult.Failure.NO_TEXT, "the analysed article has no text");
        }
        try {
            String fingerprint = PreAnalysed.fingerprint(store.fingerprint(a), a);
            if (store.isCurrent(a.id(), fingerprint)) {
                return new Prepared(in.source(), a.id(), null, fingerprint, null, null);
            }
            return new Prepared(in.source(), a.id(), a, fingerprint, null, null);
        } catch (IOException | RuntimeException e) {
            return Prepared.failed(in.source(), a.id(), IngestResult.Failure.ERROR, message(e));
        }
    }

    /**
     * Stores a prepared article (unless it failed or is unchanged), counts it, and commits when
     * {@link IngestConfig#commitEvery()} articles or {@link IngestConfig#commitInterval()} have passed.
     *
     * @throws IngestorClosedException when this ingestor was closed
     * @throws UncheckedIOException    when the store cannot write
     */
    public synchronized IngestResult put(Prepared p) {
        Objects.requireNonNull(p, "p");
        checkOpen();
        if (p.error != null) {
            failed++;
            return IngestResult.failed(p.source, p.id, p.failure, p.error);
        }
        if (p.analysed == null) {
            unchanged++;
            return IngestResult.done(p.source, p.id, IngestResult.Status.UNCHANGED, null);
        }
        IngestResult.Status status;
        try {
            status = store.put(p.analysed, p.fingerprint);
            sinceCommit++;
            if (sinceCommit >= config.commitEvery() || System.nanoTime() - lastCommit >= commitNanos) {
                commitNow();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + store + ": " + message(e), e);
        }
        switch (status) {
            case ADDED -> added++;
            case REPLACED -> replaced++;
            case UNCHANGED -> unchanged++;
            case FAILED -> throw new IllegalStateException("the store answered FAILED for " + p.id);
        }
        return IngestResult.done(p.source, p.id, status, config.keepArticles() ? p.analysed : null);
    }

    /**
     * Counts an input that could not be read at all (a missing file, a damaged record).
     *
     * @throws IngestorClosedException when this ingestor was closed
     */
    public synchronized IngestResult failed(String source, String error) {
        checkOpen();
        failed++;
        return IngestResult.failed(source, null, IngestResult.Failure.UNREADABLE, error);
    }

    /** What was counted so far. */
    public synchronized IngestCounts counts() {
        return new IngestCounts(added, replaced, unchanged, failed);
    }

    /** Makes everything stored so far durable. Does nothing once closed. */
    public synchronized void commit() throws IOException {
        if (!closed) {
            commitNow();
        }
    }

    /** Commits what was stored and closes the store; later articles get an {@link IngestorClosedException}. Safe to call twice. */
    @Override
    public synchronized void close() throws IOException {
        if (!closed) {
            closed = true;
            store.close();
        }
    }

    /** Whether {@link #close} has run. */
    public synchronized boolean closed() {
        return closed;
    }

    private void commitNow() throws IOException {
        store.commit();
        sinceCommit = 0;
        lastCommit = System.nanoTime();
    }

    private void checkOpen() {
        if (closed) {
            throw new IngestorClosedException("the ingestor was closed; the article was not stored");
        }
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    private static String cleaningError(Article a) {
        for (Diagnostic d : a.diagnostics().items()) {
            if (d.kind() == Diagnostic.Kind.ERROR) {
                return " (" + d.code() + ": " + d.detail() + ")";
            }
        }
        return "";
    }

    /**
     * An article cleaned and, unless unchanged or failed, analysed, waiting for {@link #put}.
     * Immutable.
     */
    public static final class Prepared {
        private final String source;
        private final String id;
        private final Article analysed;
        private final String fingerprint;
        private final IngestResult.Failure failure;
        private final String error;

        private Prepared(String source, String id, Article analysed, String fingerprint, IngestResult.Failure failure,
                         String error) {
            this.source = source;
            this.id = id;
            this.analysed = analysed;
            this.fingerprint = fingerprint;
            this.failure = failure;
            this.error = error;
        }

        private static Prepared failed(String source, String id, IngestResult.Failure failure, String error) {
            return new Prepared(source, id, null, null, failure, error);
        }

        /** Where the article came from. */
        public String source() {
            return source;
        }

        /** Why it failed, or null. */
        public String error() {
            return error;
        }
    }
}
