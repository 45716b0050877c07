package dev.copydesk.eval.bench;

import java.util.Objects;

/**
 * One system's throughput.
 *
 * @param system         the system's name
 * @param inProcess      whether the system ran in this JVM on one thread; otherwise it was timed
 *                       as whole batches, start-up and data transfer included
 * @param pages          pages per pass
 * @param passes         timed passes over the pages
 * @param failed         pages that failed in the last pass
 * @param seconds        wall-clock time of all timed passes
 * @param pagesPerSecond pages × passes / seconds
 * @param note           the main failure reason, or the empty string
 * @param skipped        why the system did not run, or {@code null} when it ran
 */
public record BenchRow(String system, boolean inProcess, int pages, int passes, int failed, double seconds,
                       double pagesPerSecond, String note, String skipped) {
    public BenchRow {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(note, "note");
    }

    /** Whether the rate means anything: the system ran and did not fail on every page. */
    public boolean measured() {
        return skipped == null && failed < pages && seconds > 0;
    }
}
