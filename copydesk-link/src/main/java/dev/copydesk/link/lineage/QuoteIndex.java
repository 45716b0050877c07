package dev.copydesk.link.lineage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds earlier quotes that may be the same as a new one without comparing every pair: quotes are indexed
 * by their exact normalised words and by their distinct word pairs (bigrams). A candidate shares the exact
 * words, or at least {@value #MIN_SHARED} of the smaller bigram set of the two.
 *
 * <p>Two caps keep the work near-linear in the number of quotes. A quote repeated by many articles is one
 * thread: each key keeps at most {@value #PER_THREAD} quotes of a thread, so a statement quoted a thousand
 * times costs what a statement quoted a few times does. And a bigram met in more than {@value #MAX_THREADS}
 * threads ("it is", "we are") stops being indexed and is not looked up: it says nothing about which quote
 * this is.
 *
 * <p>Not thread-safe; one index per call.
 */
final class QuoteIndex {
    static final double MIN_SHARED = 0.3;
    static final int MAX_THREADS = 200;
    static final int PER_THREAD = 4;
    /** Candidates verified per quote, those sharing the most bigrams first. */
    static final int MAX_CANDIDATES = 25;

    private final Map<List<String>, Map<Integer, List<Integer>>> exact = new HashMap<>();
    private final Map<String, Map<Integer, List<Integer>>> postings = new HashMap<>();
    private final Map<Integer, Integer> bigramCounts = new HashMap<>();

    /** Adds quote number {@code id}, of thread {@code thread}; ids are given in increasing order. */
    void add(int id, int thread, QuoteWords words) {
        put(exact.computeIfAbsent(words.normalised(), k -> new LinkedHashMap<>()), id, thread, Integer.MAX_VALUE);
        if (words.size() < QuoteMatch.MIN_WORDS) {
            return;
        }
        Set<String> bigrams = bigrams(words);
        bigramCounts.put(id, bigrams.size());
        for (String bigram : bigrams) {
            put(postings.computeIfAbsent(bigram, k -> new LinkedHashMap<>()), id, thread, MAX_THREADS + 1);
        }
    }

    /**
     * Earlier quotes that may match {@code words}: exact matches first, in increasing order, then by shared
     * bigrams, most first.
     */
    List<Integer> candidates(QuoteWords words) {
        List<Integer> out = new ArrayList<>();
        Map<Integer, List<Integer>> same = exact.get(words.normalised());
        if (same != null) {
            same.values().forEach(out::addAll);
            out.sort(null);
        }
        if (words.size() < QuoteMatch.MIN_WORDS) {
            return out;
        }
        Set<String> bigrams = bigrams(words);
        Map<Integer, Integer> shared = new HashMap<>();
        for (String bigram : bigrams) {
            Map<Integer, List<Integer>> byThread = postings.get(bigram);
            if (byThread != null && byThread.size() <= MAX_THREADS) {
                for (List<Integer> ids : byThread.values()) {
                    for (int id : ids) {
                        shared.merge(id, 1, Integer::sum);
                    }
                }
            }
        }
        Set<Integer> seen = new HashSet<>(out);
        shared.entrySet().stream()
                .filter(e -> e.getValue() >= MIN_SHARED * Math.min(bigrams.size(), bigramCounts.get(e.getKey())))
                .sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_CANDIDATES)
                .forEach(e -> {
                    if (seen.add(e.getKey())) {
                        out.add(e.getKey());
                    }
                });
        return out;
    }

    /** Adds {@code id} under {@code thread} unless the thread has its fill or the key is past {@code maxThreads}. */
    private static void put(Map<Integer, List<Integer>> byThread, int id, int thread, int maxThreads) {
        List<Integer> ids = byThread.get(thread);
        if (ids == null) {
            if (byThread.size() >= maxThreads) {
                return;
            }
            ids = new ArrayList<>(2);
            byThread.put(thread, ids);
        }
        if (ids.size() < PER_THREAD) {
            ids.add(id);
        }
    }

    private static Set<String> bigrams(QuoteWords words) {
        Set<String> out = new HashSet<>();
        List<String> w = words.normalised();
        for (int i = 0; i + 1 < w.size(); i++) {
            out.add(w.get(i) + " " + w.get(i + 1));
        }
        return out;
    }
}
