package dev.copydesk.annotate;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.copydesk.core.Annotation;
import dev.copydesk.core.Article;
import dev.copydesk.core.JsonFields;
import dev.copydesk.core.LayerKey;
import java.io.IOException;
import java.util.List;

/**
 * Writes the annotation fields of an article's JSON object: {@code entities}, {@code quotes},
 * {@code amounts} and {@code dates}, always all four, each an empty array when its layer is absent.
 * Offsets are UTF-16 indices into {@code text}, end exclusive. Stateless and thread-safe.
 */
public final class AnnotationJson implements JsonFields {
    /** The shared instance. */
    public static final AnnotationJson INSTANCE = new AnnotationJson();

    private AnnotationJson() {
    }

    @Override
    public void write(Article a, JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("entities");
        for (Entity e : items(a, Layers.ENTITIES)) {
            g.writeStartObject();
            g.writeStringField("text", e.text());
            g.writeStringField("type", e.type().name());
            g.writeNumberField("start", e.start());
            g.writeNumberField("end", e.end());
            g.writeStringField("canonical", e.canonical());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("quotes");
        for (Quote q : items(a, Layers.QUOTES)) {
            g.writeStartObject();
            g.writeStringField("text", q.text());
            g.writeNumberField("start", q.start());
            g.writeNumberField("end", q.end());
            g.writeBooleanField("direct", q.direct());
            g.writeStringField("speaker", q.speaker());
            optionalOffset(g, "speakerStart", q.speakerStart());
            optionalOffset(g, "speakerEnd", q.speakerEnd());
            g.writeStringField("speakerCanonical", q.speakerCanonical());
            g.writeStringField("cue", q.cue());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("amounts");
        for (Amount m : items(a, Layers.AMOUNTS)) {
            g.writeStartObject();
            g.writeStringField("text", m.text());
            g.writeNumberField("value", m.value());
            g.writeStringField("unit", m.unit());
            g.writeStringField("object", m.object());
            g.writeNumberField("start", m.start());
            g.writeNumberField("end", m.end());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("dates");
        for (DateMention d : items(a, Layers.DATES)) {
            g.writeStartObject();
            g.writeStringField("text", d.text());
            g.writeStringField("value", d.value());
            g.writeNumberField("start", d.start());
            g.writeNumberField("end", d.end());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void optionalOffset(JsonGenerator g, String name, int value) throws IOException {
        if (value < 0) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, value);
        }
    }

    private static <T extends Annotation> List<T> items(Article a, LayerKey<T> key) {
        return a.hasLayer(key) ? a.layer(key, "annotation-json").items() : List.of();
    }
}
