package dev.copydesk.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An ordered, validated chain of {@link Stage}s. Building fails fast when a stage requires a layer that
 * no earlier stage provides, or when two stages provide the same layer, naming both. Running checks
 * that every stage really added each layer it {@linkplain Stage#provides() provides}, and fails naming
 * the stage and the layer when one did not. Immutable and thread-safe when its stages are.
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
     * @throws IllegalArgumentException when a stage's requirement is not met by an earlier stage, or when
     *                                  two stages provide the same layer
     */
    public static Pipeline of(Set<LayerKey<?>> initial, List<Stage> stages) {
        Set<String> available = new HashSet<>();
        initial.forEach(k -> available.add(k.name()));
        Map<String, String> providedBy = new HashMap<>();
        for (Stage s : stages) {
            for (LayerKey<?> need : s.requires()) {
                if (!available.contains(need.name())) {
                    throw new IllegalArgumentException("stage '" + s.name() + "' requires layer '" + need.name()
                            + "', which no earlier stage provides (available: " + available + ")");
                }
            }
            for (LayerKey<?> k : s.provides()) {
                String other = providedBy.putIfAbsent(k.name(), s.name());
                if (other != null) {
                    throw new IllegalArgumentException("stages '" + other + "' and '" + s.name()
                            + "' both provide layer '" + k.name() + "'; one layer has one author");
                }
                available.add(k.name());
            }
        }
        return new Pipeline(new ArrayList<>(stages));
    }

    public static Pipeline of(Stage... stages) {
        return of(Set.of(), List.of(stages));
    }

    public List<Stage> stages() {
        return stages;
    }

    /**
     * Runs every stage in order.
     *
     * @throws IllegalStateException naming the stage and the layer when a stage did not add a layer it provides
     */
    public Article process(Article article) {
        Article a = article;
        for (Stage s : stages) {
            Article out = s.process(a);
            if (out == null) {
                throw new IllegalStateException("stage '" + s.name() + "' returned no article");
            }
            for (LayerKey<?> k : s.provides()) {
                if (!out.hasLayer(k) || sameLayer(a, out, k)) {
                    throw new IllegalStateException("stage '" + s.name() + "' did not add layer '" + k.name()
                            + "', which it provides");
                }
            }
            a = out;
        }
        return a;
    }

    /** Whether {@code out} kept the very layer {@code in} had, so the stage added nothing. */
    private static <T extends Annotation> boolean sameLayer(Article in, Article out, LayerKey<T> k) {
        return in.hasLayer(k) && in.layer(k, "pipeline") == out.layer(k, "pipeline");
    }
}
