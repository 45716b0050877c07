package dev.copydesk.eval.report;

import dev.copydesk.eval.extraction.SystemRun;
import java.util.Locale;
import java.util.Map;

/** Number and note formats shared by the benchmark tables. Thread-safe. */
public final class Formats {
    /** Shown in a number cell that has no value. */
    public static final String NONE = "-";
    private static final int MAX_REASON = 80;

    private Formats() {}

    /** A score with three decimals: {@code 0.958}. */
    public static String score(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    /** A rate with one decimal: {@code 12.5}; two significant decimals below 10. */
    public static String rate(double value) {
        return String.format(Locale.ROOT, value < 10 ? "%.2f" : "%.1f", value);
    }

    /** A ratio such as {@code 1.25x}. */
    public static String ratio(double value) {
        return String.format(Locale.ROOT, "%.2fx", value);
    }

    /** {@code "skipped (reason)"}. */
    public static String skipped(String reason) {
        return "skipped (" + shorten(reason) + ")";
    }

    /**
     * What went wrong in a run that ran: {@code "12 pages failed: IOException: x"}, naming the most
     * frequent reason and how many other reasons there were; empty when no page failed.
     */
    public static String failures(SystemRun run) {
        Map<String, Integer> reasons = run.failureReasons();
        if (reasons.isEmpty()) {
            return "";
        }
        int failed = run.failures();
        var top = reasons.entrySet().iterator().next();
        String note = failed + (failed == 1 ? " page failed" : " pages failed") + ": " + shorten(top.getKey());
        if (reasons.size() > 1) {
            note += " (and " + (reasons.size() - 1) + " other reasons)";
        }
        return note;
    }

    /** Single-line and at most 80 characters. */
    public static String shorten(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= MAX_REASON ? line : line.substring(0, MAX_REASON - 1) + "…";
    }
}
