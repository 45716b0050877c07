package dev.copydesk.link.story;

import java.time.Duration;
import java.time.Instant;

/**
 * One story while clustering: a centroid per feature (the sum of its members' unit sub-vectors), the span of
 * its members' publication times, and a parent link once merged into an older story. Not
 * thread-safe.
 */
final class Story {
    final int order;
    final String id;
    final Centroid[] centroids = new Centroid[Feature.values().length];
    Story parent = this;
    int size;
    Instant earliest;
    Instant latest;

    Story(int order, String id) {
        this.order = order;
        this.id = id;
        for (int i = 0; i < centroids.length; i++) {
            centroids[i] = new Centroid();
        }
    }

    /** The story this one was merged into, at the end of the chain. */
    Story root() {
        Story s = this;
        while (s.parent != s) {
            s.parent = s.parent.parent;
            s = s.parent;
        }
        return s;
    }

    /** How far {@code published} lies outside the span of the members' times; zero when either is unknown. */
    Duration gap(Instant published) {
        if (published == null || earliest == null) {
            return Duration.ZERO;
        }
        if (published.isBefore(earliest)) {
            return Duration.between(published, earliest);
        }
        return published.isAfter(latest) ? Duration.between(latest, published) : Duration.ZERO;
    }

    /** How far the spans of two stories' times lie apart; zero when either is unknown or they overlap. */
    Duration gap(Story other) {
        if (earliest == null || other.earliest == null) {
            return Duration.ZERO;
        }
        Duration before = gap(other.earliest);
        Duration after = gap(other.latest);
        if (!other.earliest.isAfter(latest) && !other.latest.isBefore(earliest)) {
            return Duration.ZERO;
        }
        return before.compareTo(after) < 0 ? before : after;
    }

    void add(TermVector[] vectors, Instant published) {
        size++;
        for (int i = 0; i < vectors.length; i++) {
            centroids[i].add(vectors[i]);
        }
        widen(published, published);
    }

    /** Takes away a member's vectors (its time stays in the span). */
    void remove(TermVector[] vectors) {
        size--;
        for (int i = 0; i < vectors.length; i++) {
            centroids[i].subtract(vectors[i]);
        }
    }

    /** Takes in {@code younger}, which from now on points here. */
    void absorb(Story younger) {
        for (int i = 0; i < centroids.length; i++) {
            centroids[i].add(younger.centroids[i]);
        }
        widen(younger.earliest, younger.latest);
        size += younger.size;
        younger.size = 0;
        younger.parent = this;
    }

    private void widen(Instant from, Instant to) {
        if (from != null && (earliest == null || from.isBefore(earliest))) {
            earliest = from;
        }
        if (to != null && (latest == null || to.isAfter(latest))) {
            latest = to;
        }
    }
}
