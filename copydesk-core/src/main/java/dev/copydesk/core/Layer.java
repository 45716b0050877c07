package dev.copydesk.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/**
 * An immutable, ordered layer of annotations over one text. Annotations are sorted by start, then by
 * end, and every one lies within {@code [0, textLength]}: a layer that does not fit its text cannot be
 * built. Thread-safe.
 */
public final class Layer<T extends Annotation> implements Iterable<T> {
    private static final Comparator<Annotation> ORDER =
            Comparator.comparingInt(Annotation::start).thenComparingInt(Annotation::end);

    private final LayerKey<T> key;
    private final List<T> items;

    private Layer(LayerKey<T> key, List<T> items) {
        this.key = key;
        this.items = items;
    }

    /**
     * Builds a layer, sorting the annotations and checking each against the text length.
     *
     * @throws IllegalArgumentException naming the layer and the annotation when one lies outside the text
     */
    public static <T extends Annotation> Layer<T> of(LayerKey<T> key, List<? extends T> annotations, int textLength) {
        List<T> copy = new ArrayList<>(annotations.size());
        for (T a : annotations) {
            if (a == null) {
                throw new IllegalArgumentException("layer '" + key.name() + "' holds a null annotation");
            }
            if (a.start() < 0 || a.end() < a.start() || a.end() > textLength) {
                throw new IllegalArgumentException("layer '" + key.name() + "': annotation " + a
                        + " lies outside the text [0, " + textLength + ")");
            }
            copy.add(a);
        }
        copy.sort(ORDER);
        return new Layer<>(key, Collections.unmodifiableList(copy));
    }

    public LayerKey<T> key() {
        return key;
    }

    public List<T> items() {
        return items;
    }

    public int size() {
        return items.size();
    }

    @Override
    public Iterator<T> iterator() {
        return items.iterator();
    }

    @Override
    public String toString() {
        return "Layer[" + key.name() + ", " + items.size() + " annotations]";
    }
}
