package dev.copydesk.cli;

import java.io.PrintWriter;

/** Error and progress lines on standard error, one whole line at a time. Thread-safe. */
final class Reporter {
    private final PrintWriter err;

    Reporter(PrintWriter err) {
        this.err = err;
    }

    /** Writes {@code copydesk: message} as one line. */
    synchronized void error(String message) {
        err.println("copydesk: " + message);
        err.flush();
    }

    /** Writes one progress line as is. */
    synchronized void progress(String line) {
        err.println(line);
        err.flush();
    }
}
