package dev.copydesk.eval.stories;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Scores of a predicted clustering against a gold clustering: BCubed and pairwise precision, recall
 * and F1. Immutable and thread-safe.
 *
 * <p>The items scored are the keys of the gold map. An item missing from the predicted map counts as
 * a cluster of its own; predicted items absent from gold are ignored. BCubed precision of an item is
 * |predicted cluster ∩ gold cluster| / |predicted cluster|, its recall the same overlap over
 * |gold cluster|; both are averaged over items and F1 is the harmonic mean of the averages. Pairwise
 * scores count unordered pairs of items put in one cluster: precision is 1 when no pair is
 * predicted, recall is 1 when the gold has no pair. F1 is 0 when precision and recall are both 0.
 *
 * @param items number of items scored
 * @param goldClusters number of distinct gold clusters
 * @param predictedClusters number of distinct predicted clusters over the scored items
 * @param bcubedPrecision average per-item BCubed precision
 * @param bcubedRecall average per-item BCubed recall
 * @param pairPrecision pairs in both / pairs predicted
 * @param pairRecall pairs in both / pairs in gold
 */
public record ClusterScores(int items, int goldClusters, int predictedClusters,
                            double bcubedPrecision, double bcubedRecall,
                            double pairPrecision, double pairRecall) {

    /** Scores {@code predicted} (item id to cluster id) against {@code gold} (item id to cluster id). */
    public static ClusterScores of(Map<String, String> gold, Map<String, String> predicted) {
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(predicted, "predicted");
        Map<String, String> pred = new HashMap<>();
        for (String item : gold.keySet()) {
            String cluster = predicted.get(item);
            // A missing prediction is a singleton; the NUL prefix keeps it apart from real cluster ids.
            pred.put(item, cluster == null ? "\u0000" + item : cluster);
        }
        Map<String, Long> goldSize = new HashMap<>();
        Map<String, Long> predSize = new HashMap<>();
        Map<String, Long> cell = new HashMap<>();
        for (Map.Entry<String, String> e : gold.entrySet()) {
            String p = pred.get(e.getKey());
            goldSize.merge(e.getValue(), 1L, Long::sum);
            predSize.merge(p, 1L, Long::sum);
            cell.merge(key(e.getValue(), p), 1L, Long::sum);
        }
        double precisionSum = 0;
        double recallSum = 0;
        for (Map.Entry<String, String> e : gold.entrySet()) {
            String p = pred.get(e.getKey());
            double overlap = cell.get(key(e.getValue(), p));
            precisionSum += overlap / predSize.get(p);
            recallSum += overlap / goldSize.get(e.getValue());
        }
        int n = gold.size();
        long both = cell.values().stream().mapToLong(ClusterScores::pairs).sum();
        long goldPairs = goldSize.values().stream().mapToLong(ClusterScores::pairs).sum();
        long predPairs = predSize.values().stream().mapToLong(ClusterScores::pairs).sum();
        return new ClusterScores(n, goldSize.size(), predSize.size(),
                n == 0 ? 1 : precisionSum / n, n == 0 ? 1 : recallSum / n,
                predPairs == 0 ? 1 : (double) both / predPairs,
                goldPairs == 0 ? 1 : (double) both / goldPairs);
    }

    /** Harmonic mean of BCubed precision and recall. */
    public double bcubedF1() {
        return f1(bcubedPrecision, bcubedRecall);
    }

    /** Harmonic mean of pairwise precision and recall. */
    public double pairF1() {
        return f1(pairPrecision, pairRecall);
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static long pairs(long n) {
        return n * (n - 1) / 2;
    }

    private static String key(String gold, String predicted) {
        return gold.length() + ":" + gold + "|" + predicted;
    }
}
