package dev.copydesk.cli;

import java.util.Locale;

/**
 * Progress of a long run on standard error: a line every few seconds with the count and rate (and,
 * when the total is known, the share done and the time left), and nothing at all for runs that finish
 * quickly. On a terminal it can instead be a bar redrawn in place. Thread-safe.
 */
class Progress {
    private static final long INTERVAL_NANOS = 5_000_000_000L;
    private static final long BAR_INTERVAL_NANOS = 200_000_000L;
    private static final int BAR_WIDTH = 24;

    private final Reporter reporter;
    private final String verb;
    private final long total;
    private final boolean bar;
    private final long start = System.nanoTime();
    private long lastReport = start;
    private long count;
    private boolean reported;

    Progress(Reporter reporter, String verb) {
        this(reporter, verb, -1, false);
    }

    /**
     * @param total how many steps the run will take, or -1 when unknown
     * @param bar   whether to draw a bar in place (standard error is a terminal)
     */
    Progress(Reporter reporter, String verb, long total, boolean bar) {
        this.reporter = reporter;
        this.verb = verb;
        this.total = total;
        this.bar = bar;
    }

    static Progress silent() {
        return new Progress(null, "") {
            @Override
            synchronized void step() {
            }

            @Override
            synchronized void done() {
            }
        };
    }

    synchronized void step() {
        count++;
        long now = System.nanoTime();
        if (now - lastReport >= (bar ? BAR_INTERVAL_NANOS : INTERVAL_NANOS)) {
            lastReport = now;
            reported = true;
            if (bar) {
                reporter.status(barLine(now));
            } else {
                reporter.progress(line(now));
            }
        }
    }

    synchronized void done() {
        if (reported) {
            String last = line(System.nanoTime()) + " (done)";
            if (bar) {
                reporter.endStatus(last);
            } else {
                reporter.progress(last);
            }
        }
    }

    private String line(long now) {
        double secs = Math.max(1e-9, (now - start) / 1e9);
        String s = String.format(Locale.ROOT, "copydesk: %s %,d articles in %.0f s (%.1f/s)", verb, count, secs, count / secs);
        if (total > 0 && count < total) {
            s += String.format(Locale.ROOT, ", %d%% of %,d, %s left", 100 * count / total, total, eta(secs));
        }
        return s;
    }

    private String barLine(long now) {
        double secs = Math.max(1e-9, (now - start) / 1e9);
        String rate = String.format(Locale.ROOT, "%.1f/s", count / secs);
        if (total <= 0) {
            return String.format(Locale.ROOT, "copydesk: %s %,d articles, %s, %s", verb, count, rate, clock(secs));
        }
        long shown = Math.min(count, total);
        int filled = (int) (BAR_WIDTH * shown / total);
        return String.format(Locale.ROOT, "[%s%s] %3d%% %,d/%,d %s, %s elapsed, %s left", "#".repeat(filled),
                ".".repeat(BAR_WIDTH - filled), 100 * shown / total, count, total, rate, clock(secs), eta(secs));
    }

    private String eta(double secs) {
        if (count == 0 || total <= count) {
            return "?";
        }
        return clock(secs / count * (total - count));
    }

    private static String clock(double secs) {
        long s = Math.round(secs);
        if (s >= 3600) {
            return String.format(Locale.ROOT, "%dh%02dm", s / 3600, s % 3600 / 60);
        }
        return s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + "s";
    }
}
