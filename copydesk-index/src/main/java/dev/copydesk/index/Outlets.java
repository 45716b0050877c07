package dev.copydesk.index;

import dev.copydesk.core.ArchiveNames;
import dev.copydesk.core.Article;
import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an article was published, as the index shows and filters it, and the date it counts under.
 *
 * <p>The outlet is the URL's host without {@code www.}; else, when the input file is named
 * {@code <outlet>_<YYYY-MM-DD>_<slug>} ({@link ArchiveNames}; as in PolNeAR: {@code breitbart_2016-09-12_stealth-over-health.txt}),
 * that leading word; else the article's source as given. The day is the article's own publication date;
 * only when it has none does the date in such a file name stand in, for the date range and the month
 * facet (never for the {@code published} value shown). Stateless and thread-safe.
 */
final class Outlets {
    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");

    private Outlets() {
    }

    /** The article's outlet; never null or blank. */
    static String outlet(Article a) {
        String host = host(a.url());
        if (host != null) {
            return host;
        }
        return ArchiveNames.parse(a.source()).map(ArchiveNames.ArchiveName::outlet)
                .orElse(a.source().isBlank() ? "unknown" : a.source());
    }

    /** The day the article counts under, as an epoch day, or {@code null} when neither it nor its file name tells. */
    static Long day(Article a) {
        Long own = parseDay(a.published());
        if (own != null) {
            return own;
        }
        return ArchiveNames.parse(a.source()).map(n -> parseDay(n.date())).orElse(null);
    }

    /** The epoch day of an ISO-8601 date or date-time's date part, or {@code null}. */
    static Long parseDay(String iso) {
        if (iso == null) {
            return null;
        }
        Matcher m = ISO_DATE.matcher(iso.strip());
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
                    .toEpochDay();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null || host.isBlank()) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") && host.length() > 4 ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
