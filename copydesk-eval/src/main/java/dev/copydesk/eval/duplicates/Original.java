package dev.copydesk.eval.duplicates;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One original article of a duplicate evaluation.
 *
 * @param id      unique id
 * @param title   headline, may be null
 * @param text    body: paragraphs separated by blank lines, or one paragraph (sentence) a line as in ECB+
 * @param cluster gold event cluster, or null when unknown; two originals of one cluster are the same event told by
 *                different writers, which must not count as copies
 */
public record Original(String id, String title, String text, String cluster) {

    /** Checks the id and reads a missing text as empty. */
    public Original {
        Objects.requireNonNull(id, "id");
        text = text == null ? "" : text;
    }

    /** The paragraphs: blocks between blank lines, or lines when the text has no blank line. */
    public List<String> paragraphs() {
        String[] blocks = text.contains("\n\n") ? text.split("\\n\\s*\\n") : text.split("\\n");
        List<String> out = new ArrayList<>();
        for (String b : blocks) {
            if (!b.isBlank()) {
                out.add(b.strip());
            }
        }
        return out;
    }

    /** How this text separates paragraphs: a blank line, or a line break. */
    public String separator() {
        return text.contains("\n\n") ? "\n\n" : "\n";
    }

    /** Words separated by white space. */
    static int words(String text) {
        String s = text.strip();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }
}
