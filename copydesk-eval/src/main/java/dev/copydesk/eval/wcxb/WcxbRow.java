package dev.copydesk.eval.wcxb;

import dev.copydesk.eval.extraction.SystemKind;
import dev.copydesk.eval.metrics.SnippetCounts;
import dev.copydesk.eval.metrics.WordScore;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One system's line in the WCXB tables.
 *
 * @param system        the system's name (with its version when known)
 * @param kind          live (WCXB publishes no outputs)
 * @param pages         pages scored
 * @param failed        pages on which the system failed; scored as empty output
 * @param score         mean per-page precision, recall and F1, or {@code null} when skipped
 * @param byType        the same per page type, types ordered as in the report; empty when skipped
 * @param snippets      snippet counts summed over pages, or {@code null} when skipped
 * @param withFound     share of {@code with} snippets found in the output
 * @param withoutAbsent share of {@code without} snippets absent from the output
 * @param note          the main failure reason, or the empty string
 * @param skipped       why the system did not run, or {@code null} when it ran
 */
public record WcxbRow(String system, SystemKind kind, int pages, int failed, WordScore score, Map<String, WordScore> byType,
                      SnippetCounts snippets, double withFound, double withoutAbsent, String note, String skipped) {
    public WcxbRow {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(note, "note");
        byType = Collections.unmodifiableMap(new LinkedHashMap<>(byType));
        if ((score == null) == (skipped == null)) {
            throw new IllegalArgumentException("a row has either a score or a skip reason: " + system);
        }
    }
}
