package dev.copydesk.eval.ner;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.HashSet;

/**
 * True positives, false positives and false negatives per entity type, for entity-level exact match
 * (same tokens, same type). Mutable and not thread-safe; merge counts from several threads with
 * {@link #add(NerCounts)}.
 */
public final class NerCounts {
    private final Map<String, int[]> byType = new TreeMap<>();

    /** Counts one sentence or document: {@code gold} and {@code predicted} chunks over the same tokens. */
    public void count(List<Chunk> gold, List<Chunk> predicted) {
        Set<Chunk> g = new HashSet<>(gold);
        for (Chunk p : predicted) {
            cell(p.type())[g.contains(p) ? 0 : 1]++;
        }
        Set<Chunk> p = new HashSet<>(predicted);
        for (Chunk c : gold) {
            if (!p.contains(c)) {
                cell(c.type())[2]++;
            }
        }
    }

    public synchronized void add(NerCounts other) {
        other.byType.forEach((t, c) -> {
            int[] mine = cell(t);
            for (int i = 0; i < 3; i++) {
                mine[i] += c[i];
            }
        });
    }

    private int[] cell(String type) {
        return byType.computeIfAbsent(type, k -> new int[3]);
    }

    /** The types seen, sorted. */
    public Set<String> types() {
        return byType.keySet();
    }

    /** Scores for one type. */
    public NerScore score(String type) {
        int[] c = byType.getOrDefault(type, new int[3]);
        return new NerScore(type, c[0], c[1], c[2]);
    }

    /** Micro-averaged scores over every type. */
    public NerScore overall() {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int[] c : byType.values()) {
            tp += c[0];
            fp += c[1];
            fn += c[2];
        }
        return new NerScore("overall", tp, fp, fn);
    }
}
