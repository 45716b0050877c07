package dev.copydesk.annotate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Shared by the stage tests: case tables on the test class path, and the shape of a date value. */
public final class TestTables {
    /** The ISO-8601 forms a date value takes: a day, month, year, week, decade or recurring month(-day). */
    public static final String DATE_VALUE = "\\d{4}(-\\d{2}(-\\d{2})?|-W\\d{2})?|\\d{3}|--\\d{2}(-\\d{2})?";

    private TestTables() {
    }

    /** The tab-separated rows of a resource, skipping blank lines and {@code #} comments. */
    public static List<String[]> rows(String resource) throws IOException {
        try (InputStream in = TestTables.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no test resource " + resource);
            }
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
            return rows;
        }
    }

    /** A table cell, with {@code -} for null. */
    public static String nullable(String s) {
        return s.equals("-") ? null : s;
    }
}
