package dev.copydesk.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A clean article: metadata, the body text, captions and comments kept apart from the body, capped
 * diagnostics, and stand-off annotation {@link Layer}s whose offsets index into {@link #text()}.
 *
 * <p>Articles are immutable and thread-safe. A stage never changes an article; it returns a new one
 * with one more layer ({@link #withLayer}). The body text, once set, never changes under a layer.
 *
 * <p>Text conventions: {@link #text()} holds paragraphs separated by one blank line ({@code "\n\n"}),
 * with no leading or trailing whitespace. Optional metadata ({@link #url()}, {@link #title()},
 * {@link #byline()}, {@link #published()}, {@link #language()}) is {@code null} when unknown, never
 * guessed.
 */
public final class Article {
    private final String id;
    private final String source;
    private final String url;
    private final String title;
    private final String byline;
    private final String published;
    private final String language;
    private final String text;
    private final List<String> captions;
    private final List<String> comments;
    private final Diagnostics diagnostics;
    private final OffsetMap sourceOffsets;
    private final Map<String, Layer<?>> layers;

    private Article(Builder b) {
        this.id = Objects.requireNonNull(b.id, "id");
        this.source = Objects.requireNonNull(b.source, "source");
        this.url = b.url;
        this.title = b.title;
        this.byline = b.byline;
        this.published = b.published;
        this.language = b.language;
        this.text = Objects.requireNonNull(b.text, "text");
        this.captions = List.copyOf(b.captions);
        this.comments = List.copyOf(b.comments);
        this.diagnostics = b.diagnostics.build();
        this.sourceOffsets = b.sourceOffsets;
        this.layers = Collections.unmodifiableMap(new LinkedHashMap<>(b.layers));
    }

    /** Stable identifier: the input's own id, or a hash of its URL or content. */
    public String id() {
        return id;
    }

    /** Where the article came from, as given: an input path, {@code -} for standard input, or a URL. */
    public String source() {
        return source;
    }

    public String url() {
        return url;
    }

    public String title() {
        return title;
    }

    public String byline() {
        return byline;
    }

    /** Publication date or date-time, ISO-8601, or {@code null} when unknown. */
    public String published() {
        return published;
    }

    /** ISO 639-1 language code, or {@code null} when it could not be told. */
    public String language() {
        return language;
    }

    /** The clean body: paragraphs separated by a blank line. */
    public String text() {
        return text;
    }

    public List<String> captions() {
        return captions;
    }

    public List<String> comments() {
        return comments;
    }

    public Diagnostics diagnostics() {
        return diagnostics;
    }

    /**
     * Maps offsets in {@link #text()} back to the input text, when the body was cut from plain text;
     * empty when the body was extracted from markup.
     */
    public Optional<OffsetMap> sourceOffsets() {
        return Optional.ofNullable(sourceOffsets);
    }

    /** Names of the layers present, in the order they were added. */
    public Set<String> layerNames() {
        return layers.keySet();
    }

    public boolean hasLayer(LayerKey<?> key) {
        return layers.containsKey(key.name());
    }

    /**
     * The layer for {@code key}.
     *
     * @param stage the asking stage, named in the error
     * @throws MissingLayerException when no stage has added that layer
     */
    public <T extends Annotation> Layer<T> layer(LayerKey<T> key, String stage) {
        Layer<?> l = layers.get(key.name());
        if (l == null) {
            throw new MissingLayerException(stage, key);
        }
        if (!l.key().type().equals(key.type())) {
            throw new IllegalStateException("layer '" + key.name() + "' holds " + l.key().type().getSimpleName()
                    + ", not " + key.type().getSimpleName());
        }
        @SuppressWarnings("unchecked")
        Layer<T> typed = (Layer<T>) l;
        return typed;
    }

    /** A copy of this article with one more layer (replacing a layer of the same name). */
    public <T extends Annotation> Article withLayer(LayerKey<T> key, List<? extends T> annotations) {
        return toBuilder().layer(Layer.of(key, annotations, text.length())).build();
    }

    /** A copy of this article with {@code more} diagnostics appended. */
    public Article withDiagnostics(Diagnostics more) {
        Builder b = toBuilder();
        b.diagnostics = diagnostics.plus(more).toBuilder();
        return b.build();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.source = source;
        b.url = url;
        b.title = title;
        b.byline = byline;
        b.published = published;
        b.language = language;
        b.text = text;
        b.captions = captions;
        b.comments = comments;
        b.diagnostics = diagnostics.toBuilder();
        b.sourceOffsets = sourceOffsets;
        b.layers.putAll(layers);
        return b;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String toString() {
        return "Article[" + id + ", " + source + ", " + text.length() + " chars, layers=" + layers.keySet() + "]";
    }

    /** Builds an {@link Article}. Not thread-safe. */
    public static final class Builder {
        private String id;
        private String source;
        private String url;
        private String title;
        private String byline;
        private String published;
        private String language;
        private String text = "";
        private List<String> captions = List.of();
        private List<String> comments = List.of();
        private Diagnostics.Builder diagnostics = Diagnostics.builder();
        private OffsetMap sourceOffsets;
        private final Map<String, Layer<?>> layers = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder id(String v) { this.id = v; return this; }
        public Builder source(String v) { this.source = v; return this; }
        public Builder url(String v) { this.url = blankToNull(v); return this; }
        public Builder title(String v) { this.title = blankToNull(v); return this; }
        public Builder byline(String v) { this.byline = blankToNull(v); return this; }
        public Builder published(String v) { this.published = blankToNull(v); return this; }
        public Builder language(String v) { this.language = blankToNull(v); return this; }
        public Builder captions(List<String> v) { this.captions = List.copyOf(v); return this; }
        public Builder comments(List<String> v) { this.comments = List.copyOf(v); return this; }
        public Builder diagnostics(Diagnostics v) { this.diagnostics = v.toBuilder(); return this; }
        public Builder sourceOffsets(OffsetMap v) { this.sourceOffsets = v; return this; }

        /** Sets the body. Existing layers are dropped, since their offsets described the old text. */
        public Builder text(String v) {
            String t = Objects.requireNonNull(v, "text");
            if (!t.equals(this.text)) {
                layers.clear();
            }
            this.text = t;
            return this;
        }

        /**
         * Adds or replaces a layer.
         *
         * @throws IllegalArgumentException when the layer's annotations do not fit the text
         */
        public Builder layer(Layer<?> layer) {
            for (Annotation a : layer) {
                if (a.end() > text.length()) {
                    throw new IllegalArgumentException("layer '" + layer.key().name() + "' does not fit a text of "
                            + text.length() + " chars");
                }
            }
            layers.put(layer.key().name(), layer);
            return this;
        }

        public Article build() {
            return new Article(this);
        }

        private static String blankToNull(String v) {
            return v == null || v.isBlank() ? null : v.strip();
        }
    }
}
