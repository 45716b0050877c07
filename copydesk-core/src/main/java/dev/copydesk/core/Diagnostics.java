package dev.copydesk.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An immutable, capped list of {@link Diagnostic}s. Past the cap, diagnostics are counted, not kept,
 * so that a hostile page with a million removed blocks cannot blow up the output. Thread-safe.
 */
public final class Diagnostics {
    /** Default number of diagnostics kept per article. */
    public static final int DEFAULT_CAP = 50;

    private static final Diagnostics EMPTY = new Diagnostics(List.of(), 0);

    private final List<Diagnostic> items;
    private final int dropped;

    private Diagnostics(List<Diagnostic> items, int dropped) {
        this.items = items;
        this.dropped = dropped;
    }

    public static Diagnostics empty() {
        return EMPTY;
    }

    /** The kept diagnostics, in the order they were recorded. */
    public List<Diagnostic> items() {
        return items;
    }

    /** How many diagnostics were recorded past the cap and not kept. */
    public int dropped() {
        return dropped;
    }

    public boolean isEmpty() {
        return items.isEmpty() && dropped == 0;
    }

    /** Whether any kept diagnostic is an {@link Diagnostic.Kind#ERROR}. */
    public boolean hasErrors() {
        return items.stream().anyMatch(d -> d.kind() == Diagnostic.Kind.ERROR);
    }

    /** This list followed by {@code more}, capped at {@link #DEFAULT_CAP}. */
    public Diagnostics plus(Diagnostics more) {
        Builder b = toBuilder();
        more.items.forEach(b::add);
        b.dropped += more.dropped;
        return b.build();
    }

    public Builder toBuilder() {
        Builder b = new Builder(DEFAULT_CAP);
        items.forEach(b::add);
        b.dropped += dropped;
        return b;
    }

    public static Builder builder() {
        return new Builder(DEFAULT_CAP);
    }

    public static Builder builder(int cap) {
        return new Builder(cap);
    }

    @Override
    public String toString() {
        return items + (dropped > 0 ? " (+" + dropped + " more)" : "");
    }

    /** Collects diagnostics up to a cap. Not thread-safe; one per article being processed. */
    public static final class Builder {
        private final int cap;
        private final List<Diagnostic> items = new ArrayList<>();
        private int dropped;

        private Builder(int cap) {
            if (cap < 0) {
                throw new IllegalArgumentException("cap must be >= 0, was " + cap);
            }
            this.cap = cap;
        }

        public Builder add(Diagnostic d) {
            if (items.size() < cap) {
                items.add(d);
            } else {
                dropped++;
            }
            return this;
        }

        public Builder removed(String stage, String code, String detail) {
            return add(Diagnostic.removed(stage, code, detail));
        }

        public Builder warning(String stage, String code, String detail) {
            return add(Diagnostic.warning(stage, code, detail));
        }

        public Builder error(String stage, String code, String detail) {
            return add(Diagnostic.error(stage, code, detail));
        }

        public Diagnostics build() {
            if (items.isEmpty() && dropped == 0) {
                return EMPTY;
            }
            return new Diagnostics(Collections.unmodifiableList(new ArrayList<>(items)), dropped);
        }
    }
}
