package dev.copydesk.cli;

import java.io.PrintWriter;

/**
 * Error and progress lines on standard error, one whole line at a time, and optionally one status line
 * (a progress bar) that is redrawn in place on a terminal and stays below the other lines. Thread-safe.
 */
final class Reporter {
    private static final String CLEAR_LINE = "\r\033[K";

    private final PrintWriter err;
    private String status;

    Reporter(PrintWriter err) {
        this.err = err;
    }

    /** Writes {@code copydesk: message} as one line. */
    synchronized void error(String message) {
        line("copydesk: " + message);
    }

    /** Writes one progress line as is. */
    synchronized void progress(String line) {
        line(line);
    }

    /** Shows {@code line} as the status line, replacing the previous one; for terminals only. */
    synchronized void status(String line) {
        err.print(CLEAR_LINE + line);
        err.flush();
        status = line;
    }

    /** Ends the status line: it stays on screen as a last progress line. */
    synchronized void endStatus(String line) {
        if (status != null) {
            err.print(CLEAR_LINE);
            status = null;
        }
        line(line);
    }

    private void line(String line) {
        if (status != null) {
            err.print(CLEAR_LINE);
        }
        err.println(line);
        if (status != null) {
            err.print(status);
        }
        err.flush();
    }
}
