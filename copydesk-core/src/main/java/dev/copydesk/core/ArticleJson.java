package dev.copydesk.core;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes an {@link Article} as one JSON object in the published output schema
 * ({@code schema/article.schema.json}). Field names and meanings are stable: later versions add
 * fields, never change these. Thread-safe.
 */
public final class ArticleJson {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private ArticleJson() {
    }

    /** The article as one line of JSON, without a trailing newline. */
    public static String toJson(Article a) {
        return toJson(a, List.of());
    }

    /** The article as one line of JSON, with the fields {@code extras} add, without a trailing newline. */
    public static String toJson(Article a, List<JsonFields> extras) {
        StringWriter w = new StringWriter(a.text().length() + 512);
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            write(a, g, extras);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /** Writes the article's fields as one JSON object to {@code g}. */
    public static void write(Article a, JsonGenerator g, List<JsonFields> extras) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", a.id());
        g.writeStringField("source", a.source());
        g.writeStringField("url", a.url());
        g.writeStringField("title", a.title());
        g.writeStringField("byline", a.byline());
        g.writeStringField("published", a.published());
        g.writeStringField("language", a.language());
        g.writeStringField("text", a.text());
        writeStrings(g, "captions", a.captions());
        writeStrings(g, "comments", a.comments());
        g.writeArrayFieldStart("diagnostics");
        for (Diagnostic d : a.diagnostics().items()) {
            g.writeStartObject();
            g.writeStringField("stage", d.stage());
            g.writeStringField("kind", d.kind().name().toLowerCase(java.util.Locale.ROOT));
            g.writeStringField("code", d.code());
            g.writeStringField("detail", d.detail());
            g.writeEndObject();
        }
        if (a.diagnostics().dropped() > 0) {
            g.writeStartObject();
            g.writeStringField("stage", "copydesk");
            g.writeStringField("kind", "warning");
            g.writeStringField("code", "diagnostics-capped");
            g.writeStringField("detail", a.diagnostics().dropped() + " more diagnostics not kept");
            g.writeEndObject();
        }
        g.writeEndArray();
        for (JsonFields f : extras) {
            f.write(a, g);
        }
        g.writeEndObject();
    }

    private static void writeStrings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

}
