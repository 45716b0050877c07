package dev.copydesk.cli;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;

/** The CLI's only access to standard output and standard error: UTF-8 whatever the platform default. */
final class Terminal {
    private static final PrintWriter ERR = new PrintWriter(new OutputStreamWriter(
            new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);

    private Terminal() {
    }

    /** A UTF-8 writer on standard output, buffered; callers flush. */
    static PrintWriter stdout() {
        return new PrintWriter(new BufferedWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), 1 << 16), false);
    }

    /** Writes one line on standard error, prefixed with {@code copydesk: }. */
    static synchronized void error(String message) {
        ERR.println("copydesk: " + message);
    }

    /** Writes one progress line on standard error. */
    static synchronized void progress(String message) {
        ERR.println(message);
    }
}
