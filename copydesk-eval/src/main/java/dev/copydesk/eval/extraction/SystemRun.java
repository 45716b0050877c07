package dev.copydesk.eval.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One system's outputs on a benchmark's pages, or why it was skipped.
 *
 * @param system   the system's name
 * @param kind     live or published
 * @param outcomes one per page, in the benchmark's order; empty when skipped
 * @param skipped  why the system did not run, or {@code null} when it ran
 */
public record SystemRun(String system, SystemKind kind, List<Outcome> outcomes, String skipped) {
    public SystemRun {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(kind, "kind");
        outcomes = List.copyOf(outcomes);
    }

    /** A system that did not run. */
    public static SystemRun skipped(String system, SystemKind kind, String reason) {
        return new SystemRun(system, kind, List.of(), Objects.requireNonNull(reason, "reason"));
    }

    /** Runs {@code system} live over {@code pages}; skipped when it is unavailable. */
    public static SystemRun live(ExtractionSystem system, List<? extends PageSource> pages, Progress progress) {
        var reason = system.unavailableReason();
        if (reason.isPresent()) {
            return skipped(system.name(), SystemKind.LIVE, reason.get());
        }
        try {
            return new SystemRun(system.name(), SystemKind.LIVE, system.extractAll(pages, progress), null);
        } catch (SystemUnavailableException e) {
            return skipped(system.name(), SystemKind.LIVE, e.getMessage());
        }
    }

    /**
     * A published output: {@code texts} by page id. A page the output does not cover fails with
     * "missing from the published output".
     */
    public static SystemRun published(String system, Map<String, String> texts, List<? extends PageSource> pages) {
        List<Outcome> outcomes = new ArrayList<>(pages.size());
        for (PageSource page : pages) {
            String text = texts.get(page.id());
            outcomes.add(text == null ? Outcome.failed("missing from the published output") : Outcome.ok(text));
        }
        return new SystemRun(system, SystemKind.PUBLISHED, outcomes, null);
    }

    /** Whether the system ran. */
    public boolean ran() {
        return skipped == null;
    }

    /** Number of failed pages. */
    public int failures() {
        return (int) outcomes.stream().filter(Outcome::isFailure).count();
    }

    /**
     * The distinct failure messages with how many pages each failed, most frequent first; for a
     * note such as "181 failed: UnsupportedOperationException: not yet".
     */
    public Map<String, Integer> failureReasons() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Outcome o : outcomes) {
            if (o.isFailure()) {
                counts.merge(o.error(), 1, Integer::sum);
            }
        }
        Map<String, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEachOrdered(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
