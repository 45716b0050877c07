package dev.copydesk.eval.aeb;

import dev.copydesk.eval.extraction.SystemKind;
import dev.copydesk.eval.metrics.ShingleScore;
import java.util.Objects;

/**
 * One system's line in the article extraction benchmark table.
 *
 * @param system  the system's name (with its version when known)
 * @param kind    live or published
 * @param pages   pages scored
 * @param failed  pages on which the system failed (live) or that its output lacks (published);
 *                they are scored as empty output
 * @param score   the benchmark's precision, recall and F1, or {@code null} when skipped
 * @param f1Std   bootstrap standard deviation of F1 (1,000 resamples, fixed seed); 0 when skipped
 * @param note    the main failure reason, or the empty string
 * @param skipped why the system did not run, or {@code null} when it ran
 */
public record AebRow(String system, SystemKind kind, int pages, int failed, ShingleScore score, double f1Std,
                     String note, String skipped) {
    public AebRow {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(note, "note");
        if ((score == null) == (skipped == null)) {
            throw new IllegalArgumentException("a row has either a score or a skip reason: " + system);
        }
    }
}
