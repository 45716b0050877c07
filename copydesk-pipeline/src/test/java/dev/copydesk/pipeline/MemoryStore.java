package dev.copydesk.pipeline;

import dev.copydesk.core.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** An {@link ArticleStore} in memory: what was put, what was committed, whether it was closed. Thread-safe. */
final class MemoryStore implements ArticleStore {
    final Map<String, String> fingerprints = new ConcurrentHashMap<>();
    final Map<String, Article> articles = new ConcurrentHashMap<>();
    final List<Integer> commits = new ArrayList<>();
    volatile boolean closed;
    private int puts;

    @Override
    public String fingerprint(Article cleaned) {
        return Integer.toHexString((cleaned.title() + "\u0000" + cleaned.text()).hashCode());
    }

    @Override
    public boolean isCurrent(String id, String fingerprint) {
        return fingerprint.equals(fingerprints.get(id));
    }

    @Override
    public synchronized IngestResult.Status put(Article analysed, String fingerprint) {
        puts++;
        String old = fingerprints.put(analysed.id(), fingerprint);
        articles.put(analysed.id(), analysed);
        return old == null ? IngestResult.Status.ADDED
                : old.equals(fingerprint) ? IngestResult.Status.UNCHANGED : IngestResult.Status.REPLACED;
    }

    /** Records how many puts each commit made durable. */
    @Override
    public synchronized void commit() {
        commits.add(puts);
    }

    @Override
    public synchronized void close() {
        commit();
        closed = true;
    }
}
