package dev.copydesk.cli;

import dev.copydesk.core.Article;
import dev.copydesk.core.ArticleJson;
import java.io.PrintWriter;

/** Writes articles one at a time in the chosen format, flushing after each so nothing written is lost. */
final class ArticleWriter implements AutoCloseable {
    private final PrintWriter out;
    private final OutputFormat format;
    private int count;

    ArticleWriter(PrintWriter out, OutputFormat format) {
        this.out = out;
        this.format = format;
    }

    void write(Article a) {
        if (format == OutputFormat.jsonl) {
            out.println(ArticleJson.toJson(a));
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
