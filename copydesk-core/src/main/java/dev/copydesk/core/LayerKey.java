package dev.copydesk.core;

import java.util.Objects;

/**
 * Names one stand-off annotation layer of an {@link Article} and the type of annotation it holds.
 * Keys are compared by name; two keys with the same name and different types are a programming error
 * that {@link Article.Builder#layer} reports.
 *
 * @param name the layer's name as it appears in output and error messages, e.g. {@code "paragraphs"}
 * @param type the annotation type held by the layer
 */
public record LayerKey<T extends Annotation>(String name, Class<T> type) {
    public LayerKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (name.isBlank()) {
            throw new IllegalArgumentException("layer name must not be blank");
        }
    }

    public static <T extends Annotation> LayerKey<T> of(String name, Class<T> type) {
        return new LayerKey<>(name, type);
    }

    @Override
    public String toString() {
        return name;
    }
}
