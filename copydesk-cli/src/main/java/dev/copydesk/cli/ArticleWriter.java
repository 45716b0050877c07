package dev.copydesk.cli;

import dev.copydesk.core.Article;
import dev.copydesk.core.ArticleJson;
import dev.copydesk.core.JsonFields;
import java.io.PrintWriter;
import java.util.List;

/**
 * Writes articles one at a time in the chosen format, flushing after each so nothing written is lost.
 * JSON Lines carry the base fields and those the given {@link JsonFields} add; text shows the body,
 * then what {@link TextSections} add.
 */
final class ArticleWriter implements AutoCloseable {
    private final PrintWriter out;
    private final OutputFormat format;
    private final List<JsonFields> jsonFields;
    private final TextSections sections;
    private int count;

    ArticleWriter(PrintWriter out, OutputFormat format) {
        this(out, format, List.of(), TextSections.NONE);
    }

    ArticleWriter(PrintWriter out, OutputFormat format, List<JsonFields> jsonFields, TextSections sections) {
        this.out = out;
        this.format = format;
        this.jsonFields = List.copyOf(jsonFields);
        this.sections = sections;
    }

    void write(Article a) {
        if (format == OutputFormat.jsonl) {
            out.println(ArticleJson.toJson(a, jsonFields));
        } else {
            writeText(a);
        }
        out.flush();
        count++;
    }

    int count() {
        return count;
    }

    private void writeText(Article a) {
        if (count > 0) {
            out.println();
        }
        out.println("=== " + a.source() + "  [" + a.id() + "]");
        field("Title", a.title());
        field("URL", a.url());
        field("Byline", a.byline());
        field("Published", a.published());
        field("Language", a.language());
        out.println();
        out.println(a.text().isEmpty() ? "(no body text found)" : a.text());
        section("Captions", a.captions());
        section("Comments", a.comments());
        sections.write(a, out);
        if (!a.diagnostics().isEmpty()) {
            out.println();
            out.println("--- Removed and other diagnostics");
            a.diagnostics().items().forEach(d -> out.println("  " + d.kind().name().toLowerCase(java.util.Locale.ROOT)
                    + " " + d.code() + ": " + d.detail()));
            if (a.diagnostics().dropped() > 0) {
                out.println("  … and " + a.diagnostics().dropped() + " more");
            }
        }
    }

    private void field(String name, String value) {
        if (value != null) {
            out.println(name + ": " + value);
        }
    }

    private void section(String name, java.util.List<String> items) {
        if (!items.isEmpty()) {
            out.println();
            out.println("--- " + name);
            items.forEach(s -> out.println("* " + s));
        }
    }

    @Override
    public void close() {
        out.flush();
    }
}
