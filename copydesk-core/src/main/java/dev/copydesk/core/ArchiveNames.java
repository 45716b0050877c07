package dev.copydesk.core;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The common archive file-name convention {@code <outlet>_<yyyy-mm-dd>_<slug>}, as in PolNeAR's
 * {@code breitbart_2016-09-12_stealth-over-health.txt}: the one place that knows it. Only that exact
 * shape counts: an outlet word starting with a letter (letters, digits, dots and hyphens), a date in
 * digits, and a slug of at least one char. Stateless and thread-safe.
 */
public final class ArchiveNames {
    private static final Pattern NAME = Pattern.compile("([A-Za-z][A-Za-z0-9.-]*)_(\\d{4}-\\d{2}-\\d{2})_(.+)");
    /** The {@code #n} that names the n-th record of a WARC or JSON Lines input. */
    private static final Pattern RECORD = Pattern.compile("#\\d+$");

    private ArchiveNames() {
    }

    /**
     * The parts of an archive file name.
     *
     * @param outlet the leading word ("breitbart")
     * @param date   the date as written, {@code yyyy-mm-dd}; not checked against the calendar
     * @param slug   the rest of the name, extension included
     */
    public record ArchiveName(String outlet, String date, String slug) {
    }

    /**
     * The archive name of a source: its last path segment (after the last {@code /} or {@code \}),
     * without a {@code #n} record suffix, when it follows the convention; else empty.
     */
    public static Optional<ArchiveName> parse(String source) {
        if (source == null) {
            return Optional.empty();
        }
        String name = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
        Matcher m = NAME.matcher(RECORD.matcher(name).replaceFirst(""));
        return m.matches() ? Optional.of(new ArchiveName(m.group(1), m.group(2), m.group(3))) : Optional.empty();
    }
}
