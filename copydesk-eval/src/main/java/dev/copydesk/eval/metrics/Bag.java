package dev.copydesk.eval.metrics;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * An immutable multiset of strings: each distinct item with how many times it occurs.
 * Thread-safe.
 */
public final class Bag {
    private final Map<String, Integer> counts;
    private final int size;

    private Bag(Map<String, Integer> counts, int size) {
        this.counts = counts;
        this.size = size;
    }

    /** The multiset of {@code items}. */
    public static Bag of(Collection<String> items) {
        Map<String, Integer> counts = new HashMap<>(Math.max(16, items.size() * 2));
        for (String item : items) {
            counts.merge(item, 1, Integer::sum);
        }
        return new Bag(counts, items.size());
    }

    /** How many times {@code item} occurs; 0 when it does not. */
    public int count(String item) {
        return counts.getOrDefault(item, 0);
    }

    /** Number of items, counting repeats. */
    public int size() {
        return size;
    }

    /** Number of distinct items. */
    public int distinct() {
        return counts.size();
    }

    /** Size of the multiset intersection: the sum over items of the smaller of the two counts. */
    public int overlap(Bag other) {
        Bag small = distinct() <= other.distinct() ? this : other;
        Bag large = small == this ? other : this;
        int overlap = 0;
        for (Map.Entry<String, Integer> e : small.counts.entrySet()) {
            overlap += Math.min(e.getValue(), large.count(e.getKey()));
        }
        return overlap;
    }
}
