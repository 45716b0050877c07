package dev.copydesk.ingest;

import java.util.Locale;

/**
 * Byte counts as people read them in error lines. Units are binary (1 KB = 1024 bytes), as file managers
 * on most systems show them. Thread-safe.
 */
final class Sizes {
    private static final String[] UNITS = {"KB", "MB", "GB", "TB"};

    private Sizes() {
    }

    /** A size with one decimal, e.g. {@code "500.0 MB"}, or {@code "812 bytes"} under 1 KB. */
    static String describe(long bytes) {
        if (bytes < 1024) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        double v = bytes;
        int unit = -1;
        while (v >= 1024 && unit < UNITS.length - 1) {
            v /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", v, UNITS[unit]);
    }

    /** Like {@link #describe} without a trailing {@code ".0"}: {@code "64 MB"}. */
    static String describeLimit(long bytes) {
        String s = describe(bytes);
        return s.replace(".0 ", " ");
    }
}
