package dev.copydesk.link.lineage;

import java.util.ArrayList;
import java.util.Arrays;
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
    /** Per quote id: its number of distinct bigrams; scratch counters of shared bigrams; ids counted. */
    private int[] bigramCounts = new int[1024];
    private int[] shared = new int[1024];
    private int[] touched = new int[1024];

    /** Adds quote number {@code id}, of thread {@code thread}; ids are given in increasing order. */
    void add(int id, int thread, QuoteWords words) {
        put(exact.computeIfAbsent(words.normalised(), k -> new LinkedHashMap<>()), id, thread, Integer.MAX_VALUE);
        if (words.size() < QuoteMatch.MIN_WORDS) {
            return;
        }
        Set<String> bigrams = bigrams(words);
        if (id >= bigramCounts.length) {
            int size = Math.max(id + 1, bigramCounts.length * 2);
            bigramCounts = Arrays.copyOf(bigramCounts, size);
            shared = Arrays.copyOf(shared, size);
            touched = Arrays.copyOf(touched, size);
        }
        bigramCounts[id] = bigrams.size();
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
        int touchedCount = 0;
        for (String bigram : bigrams) {
            Map<Integer, List<Integer>> byThread = postings.get(bigram);
            if (byThread == null || byThread.size() > MAX_THREADS) {
                continue;
            }
            for (List<Integer> ids : byThread.values()) {
                for (int id : ids) {
                    if (shared[id]++ == 0) {
                        touched[touchedCount++] = id;
                    }
                }
            }
        }
        // Pack (shared count, id) so that one sort gives most shared first, then the smaller id.
        long[] ranked = new long[touchedCount];
        int kept = 0;
        for (int t = 0; t < touchedCount; t++) {
            int id = touched[t];
            if (shared[id] >= MIN_SHARED * Math.min(bigrams.size(), bigramCounts[id])) {
                ranked[kept++] = (long) (Integer.MAX_VALUE - shared[id]) << 32 | id;
            }
            shared[id] = 0;
        }
        Arrays.sort(ranked, 0, kept);
        Set<Integer> seen = new HashSet<>(out);
        for (int k = 0; k < kept && k < MAX_CANDIDATES; k++) {
            int id = (int) ranked[k];
            if (seen.add(id)) {
                out.add(id);
            }
        }
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
