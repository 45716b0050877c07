package dev.copydesk.link.lineage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds earlier quotes that may be the same as a new one without comparing every pair: quotes are indexed
 * by their exact normalised words and by their distinct word pairs (bigrams). A candidate shares the exact
 * words, or at least {@value #MIN_SHARED} of the smaller bigram set of the two. A bigram met in more than
 * {@value #MAX_POSTING} quotes ("it is", "we are") stops being indexed and is not looked up: it says
 * nothing about which quote this is, and skipping it keeps the work near-linear in the number of quotes.
 *
 * <p>Not thread-safe; one index per call.
 */
final class QuoteIndex {
    static final double MIN_SHARED = 0.3;
    static final int MAX_POSTING = 200;
    /** Candidates verified per quote, those sharing the most bigrams first. */
    static final int MAX_CANDIDATES = 25;

    private final Map<List<String>, List<Integer>> exact = new HashMap<>();
    private final Map<String, List<Integer>> postings = new HashMap<>();
    private final List<Integer> bigramCounts = new ArrayList<>();

    /** Adds quote number {@code id} (numbers are given in order: 0, 1, 2, ...). */
    void add(int id, QuoteWords words) {
        exact.computeIfAbsent(words.normalised(), k -> new ArrayList<>()).add(id);
        Set<String> bigrams = bigrams(words);
        bigramCounts.add(bigrams.size());
        if (words.size() < QuoteMatch.MIN_WORDS) {
            return;
        }
        for (String bigram : bigrams) {
            List<Integer> ids = postings.computeIfAbsent(bigram, k -> new ArrayList<>());
            if (ids.size() <= MAX_POSTING) {
                ids.add(id);
            }
        }
    }

    /** Earlier quotes that may match {@code words}: exact matches first, then by shared bigrams, most first. */
    List<Integer> candidates(QuoteWords words) {
        List<Integer> out = new ArrayList<>(exact.getOrDefault(words.normalised(), List.of()));
        if (words.size() < QuoteMatch.MIN_WORDS) {
            return out;
        }
        Set<String> bigrams = bigrams(words);
        Map<Integer, Integer> shared = new HashMap<>();
        for (String bigram : bigrams) {
            List<Integer> ids = postings.get(bigram);
            if (ids != null && ids.size() <= MAX_POSTING) {
                for (int id : ids) {
                    shared.merge(id, 1, Integer::sum);
                }
            }
        }
        Set<Integer> seen = new HashSet<>(out);
        shared.entrySet().stream()
                .filter(e -> e.getValue() >= MIN_SHARED * Math.min(bigrams.size(), bigramCounts.get(e.getKey())))
                .sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_CANDIDATES)
                .forEach(e -> {
                    if (seen.add(e.getKey())) {
                        out.add(e.getKey());
                    }
                });
        return out;
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
