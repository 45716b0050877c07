package dev.copydesk.cli;

import dev.copydesk.core.Article;
import dev.copydesk.index.ArticleIndex;
import dev.copydesk.index.PutResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * The write side of {@code ingest}: puts analysed articles into the index in input order, counts what
 * happened, and commits every {@link #COMMIT_EVERY} articles, every {@link #COMMIT_NANOS} and at the end,
 * so an interrupted run loses little and a rerun skips what was committed. Thread-safe: the worker
 * results arrive on one thread, and a shutdown hook may {@link #close} at any time.
 */
final class IngestRun implements AutoCloseable {
    static final int COMMIT_EVERY = 200;
    static final long COMMIT_NANOS = 10_000_000_000L;

    /**
     * What a worker made of one input.
     *
     * @param analyzed    the analysed article to put, or null when it was unchanged or failed
     * @param fingerprint its fingerprint
     * @param error       why it failed, or null
     */
    record Outcome(String source, Article analyzed, String fingerprint, String error) {
        static Outcome unchanged(String source) {
            return new Outcome(source, null, null, null);
        }

        static Outcome failed(String source, String error) {
            return new Outcome(source, null, null, error);
        }
    }

    private final ArticleIndex index;
    private final Reporter reporter;
    private long added;
    private long replaced;
    private long unchanged;
    private long failed;
    private long sinceCommit;
    private long lastCommit = System.nanoTime();
    private boolean closed;

    IngestRun(ArticleIndex index, Reporter reporter) {
        this.index = index;
        this.reporter = reporter;
    }

    synchronized void accept(Outcome o) {
        if (closed) {
            return;
        }
        if (o.error() != null) {
            failed(o.source(), o.error());
            return;
        }
        if (o.analyzed() == null) {
            unchanged++;
            return;
        }
        try {
            PutResult r = index.put(o.analyzed(), o.fingerprint());
            switch (r) {
                case ADDED -> added++;
                case REPLACED -> replaced++;
                case UNCHANGED -> unchanged++;
            }
            sinceCommit++;
            if (sinceCommit >= COMMIT_EVERY || System.nanoTime() - lastCommit >= COMMIT_NANOS) {
                commit();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the index " + index.directory() + ": " + e.getMessage(), e);
        }
    }

    synchronized void failed(String source, String message) {
        failed++;
        reporter.error(source + ": " + message);
    }

    synchronized void commit() throws IOException {
        if (!closed) {
            index.commit();
            sinceCommit = 0;
            lastCommit = System.nanoTime();
        }
    }

    synchronized long failures() {
        return failed;
    }

    /** The one-line summary: {@code N added, N replaced, N unchanged, N failed}. */
    synchronized String summary() {
        return String.format(Locale.ROOT, "%,d added, %,d replaced, %,d unchanged, %,d failed", added, replaced, unchanged, failed);
    }

    /** Commits what was put and closes the index; later results are ignored. Safe to call twice. */
    @Override
    public synchronized void close() throws IOException {
        if (!closed) {
            closed = true;
            index.close();
        }
    }

    /** Whether {@link #close} has run. */
    synchronized boolean closed() {
        return closed;
    }
}
