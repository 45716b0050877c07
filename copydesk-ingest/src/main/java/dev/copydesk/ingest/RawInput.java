package dev.copydesk.ingest;

import dev.copydesk.core.Diagnostics;
import java.util.Objects;

/**
 * One article as read from an input, before cleaning. Immutable.
 *
 * @param source      where it came from, as given: the path as the user typed it (plus {@code #n} for the
 *                    n-th record of a WARC, ARC or JSON Lines file), or {@code -} for standard input
 * @param id          the input's own id (JSON Lines {@code id}), or {@code null}
 * @param url         the article URL (WARC target URI, JSON Lines {@code url}), or {@code null}
 * @param title       a title given by the input (JSON Lines {@code title}), or {@code null}
 * @param published   a publication date given by the input (JSON Lines {@code published}), or {@code null}
 * @param crawlDate   when the page was fetched (WARC-Date), ISO-8601, or {@code null}
 * @param kind        whether {@code content} is plain text or HTML
 * @param content     the decoded content, never {@code null}
 * @param diagnostics what reading had to repair or ignore (stage {@link #STAGE}), e.g. an
 *                    {@code invalid-utf8} warning; never {@code null}, usually empty. The cleaner carries
 *                    them over to the article
 */
public record RawInput(String source, String id, String url, String title, String published, String crawlDate,
                       Kind kind, String content, Diagnostics diagnostics) {
    /** Stage name of the diagnostics recorded while reading. */
    public static final String STAGE = "reader";

    /**
     * The form of {@link #content()}: plain text, HTML, or {@code ARTICLE_JSON}, one already analysed
     * article as {@code copydesk analyze} writes it (a whole JSON Lines record, read so only by
     * {@link Inputs#forAnalysedRecords}); it is stored as it is, never cleaned.
     */
    public enum Kind { TEXT, HTML, ARTICLE_JSON }

    public RawInput {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(diagnostics, "diagnostics");
    }

    /** An input that reading had nothing to say about. */
    public RawInput(String source, String id, String url, String title, String published, String crawlDate,
                    Kind kind, String content) {
        this(source, id, url, title, published, crawlDate, kind, content, Diagnostics.empty());
    }

    public static RawInput text(String source, String content) {
        return new RawInput(source, null, null, null, null, null, Kind.TEXT, content);
    }

    public static RawInput html(String source, String url, String content) {
        return new RawInput(source, null, url, null, null, null, Kind.HTML, content);
    }

    /** This input with {@code more} diagnostics after its own. */
    public RawInput withDiagnostics(Diagnostics more) {
        if (more.isEmpty()) {
            return this;
        }
        return new RawInput(source, id, url, title, published, crawlDate, kind, content, diagnostics.plus(more));
    }
}
