package dev.copydesk.cli;

/**
 * Progress of a long run on standard error: a line every few seconds with the count and rate, and
 * nothing at all for runs that finish quickly. Thread-safe.
 */
class Progress {
    private static final long INTERVAL_NANOS = 5_000_000_000L;

    private final Reporter reporter;
    private final String verb;
    private final long start = System.nanoTime();
    private long lastReport = start;
    private long count;
    private boolean reported;

    Progress(Reporter reporter, String verb) {
        this.reporter = reporter;
        this.verb = verb;
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
        if (now - lastReport >= INTERVAL_NANOS) {
            lastReport = now;
            reported = true;
            reporter.progress(line(now));
        }
    }

    synchronized void done() {
        if (reported) {
            reporter.progress(line(System.nanoTime()) + " (done)");
        }
    }

    private String line(long now) {
        double secs = Math.max(1e-9, (now - start) / 1e9);
        return String.format(java.util.Locale.ROOT, "copydesk: %s %,d articles in %.0f s (%.1f/s)", verb, count, secs,
                count / secs);
    }
}
