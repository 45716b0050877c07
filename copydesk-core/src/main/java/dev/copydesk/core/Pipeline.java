package dev.copydesk.core;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An ordered, validated chain of {@link Stage}s. Building fails fast when a stage requires a layer that
 * no earlier stage provides, naming both. Immutable and thread-safe when its stages are.
 */
public final class Pipeline {
    private final List<Stage> stages;

    private Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    /**
     * Builds a pipeline over {@code stages}, in order.
     *
     * @param initial layers already present on the articles the pipeline will receive
     * @throws IllegalArgumentException when a stage's requirement is not met by an earlier stage
     */
    public static Pipeline of(Set<LayerKey<?>> initial, List<Stage> stages) {
        Set<String> available = new HashSet<>();
        initial.forEach(k -> available.add(k.name()));
        for (Stage s : stages) {
            for (LayerKey<?> need : s.requires()) {
                if (!available.contains(need.name())) {
                    throw new IllegalArgumentException("stage '" + s.name() + "' requires layer '" + need.name()
                            + "', which no earlier stage provides (available: " + available + ")");
                }
            }
            s.provides().forEach(k -> available.add(k.name()));
        }
        return new Pipeline(new ArrayList<>(stages));
    }

    public static Pipeline of(Stage... stages) {
        return of(Set.of(), List.of(stages));
    }

    public List<Stage> stages() {
        return stages;
    }

    /** Runs every stage in order. */
    public Article process(Article article) {
        Article a = article;
        for (Stage s : stages) {
            a = s.process(a);
        }
        return a;
    }
}
