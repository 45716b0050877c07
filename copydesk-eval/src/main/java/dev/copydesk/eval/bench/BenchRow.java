package dev.copydesk.eval.bench;

import dev.copydesk.eval.bench.stats.Ratio;
import dev.copydesk.eval.bench.stats.Spread;
import java.util.Objects;

/**
 * One system's throughput over the rounds of an {@link ExtractionBench} run.
 *
 * @param system         the system's name
 * @param inProcess      whether the system ran in this JVM on one thread; otherwise it was timed
 *                       as whole batches, start-up and data transfer included
 * @param pages          pages per round
 * @param failed         pages that failed in the last round
 * @param pagesPerSecond pages per second in each round, or {@code null} when the system did not run
 * @param vsBaseline     pages per second over the baseline's, round by round, or {@code null} when
 *                       there is no measured baseline or this row was not measured
 * @param verdict        whether the figures hold still enough to conclude (see
 *                       {@link dev.copydesk.eval.bench.stats.Verdict}), or the empty string when not measured
 * @param note           the main failure reason, or the empty string
 * @param skipped        why the system did not run, or {@code null} when it ran
 */
public record BenchRow(String system, boolean inProcess, int pages, int failed, Spread pagesPerSecond, Ratio vsBaseline,
                       String verdict, String note, String skipped) {
    public BenchRow {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(note, "note");
    }

    /** Whether the rates mean anything: the system ran and did not fail on every page. */
    public boolean measured() {
        return skipped == null && pagesPerSecond != null && failed < pages && pagesPerSecond.median() > 0;
    }
}
