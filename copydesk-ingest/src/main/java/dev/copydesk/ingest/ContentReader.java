package dev.copydesk.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Reads one input stream, whatever it holds: tells its {@link Format} with the {@link Sniffer}, undoes
 * gzip, transcodes UTF-16 (with or without a byte-order mark) to UTF-8, hands WARC, ARC and JSON Lines
 * to their streaming readers, and reads text and HTML as one article each,
 * within {@link ReadLimits#maxArticleBytes()}. Every problem becomes an error on the {@link Reporter};
 * nothing is thrown for bad input. The stream is not closed. Thread-safe: instances hold only immutable
 * configuration.
 */
final class ContentReader {
    /** Error for content that is neither text nor a container Copydesk reads. */
    static final String BINARY = "binary file (not text, HTML, WARC, ARC or JSON Lines)";

    private final ReadLimits limits;
    private final WarcInputReader warc;
    private final JsonlInputReader jsonl;

    ContentReader(ReadLimits limits, boolean wholeRecords) {
        this.limits = limits;
        this.warc = new WarcInputReader(limits);
        this.jsonl = new JsonlInputReader(limits, wholeRecords);
    }

    /**
     * Reads {@code in} to {@code out}.
     *
     * @param name         the file name, which hints at the format; {@code null} for standard input
     * @param size         the size in bytes when known (a regular file), else a negative number
     * @param emptyMessage the error for an input with no bytes, e.g. {@code empty file}
     */
    void read(InputStream in, String name, long size, Reporter out, String emptyMessage) {
        try {
            read(in, name, size, out, emptyMessage, false, false);
        } catch (IOException e) {
            out.error(IoErrors.describe(e));
        }
    }

    private void read(InputStream raw, String name, long size, Reporter out, String emptyMessage,
                      boolean decompressed, boolean transcoded) throws IOException {
        PeekedInputStream in = PeekedInputStream.peek(raw, Sniffer.SNIFF_BYTES);
        byte[] head = in.head();
        if (head.length == 0) {
            out.error(decompressed ? emptyMessage + " (nothing after decompression)" : emptyMessage);
            return;
        }
        if (!transcoded && !Gzip.isGzip(head, head.length)) {
            TextDecoder.Bom bom = TextDecoder.bom(head, head.length);
            Charset utf16 = bom != null && bom.charset() != StandardCharsets.UTF_8 ? bom.charset()
                    : bom == null ? TextDecoder.utf16WithoutBom(head, head.length) : null;
            if (utf16 != null) {
                in.skipNBytes(bom == null ? 0 : bom.length());
                read(new Utf16Transcoder(in, utf16), name, size, out, emptyMessage, decompressed, true);
                return;
            }
        }
        Format format = Sniffer.sniff(head, head.length, Sniffer.byName(name));
        switch (format) {
            case GZIP -> {
                if (decompressed) {
                    out.error("gzip inside gzip (decompress the outer layer first)");
                    return;
                }
                read(Gzip.open(in), Sniffer.stripGz(name), -1, out, emptyMessage, true, transcoded);
            }
            case WARC -> {
                if (!Sniffer.isWarc(head, head.length)) {
                    out.error("not a WARC file (it does not start with \"WARC/\")");
                    return;
                }
                warc.read(in, out);
            }
            case ARC -> {
                if (!Sniffer.isArc(head, head.length)) {
                    out.error("not an ARC file (it does not start with \"filedesc://\")");
                    return;
                }
                warc.read(in, out);
            }
            case JSONL -> jsonl.read(in, out);
            case TEXT, HTML, BINARY -> single(in, format, size, out, decompressed);
        }
    }

    /** One text or HTML article; binary content and articles over the limit are refused unread. */
    private void single(InputStream in, Format format, long size, Reporter out, boolean decompressed)
            throws IOException {
        String limit = limits.describeArticleLimit();
        if (size > limits.maxArticleBytes()) {
            out.error("too large: " + Sizes.describe(size) + " exceeds the " + limit + " per-article limit");
            return;
        }
        if (format == Format.BINARY) {
            out.error(BINARY);
            return;
        }
        BoundedBytes bytes = BoundedBytes.read(in, limits.maxArticleBytes(), size);
        if (bytes.overLimit()) {
            out.error("too large: exceeds the " + limit + " per-article limit"
                    + (decompressed ? " after decompression" : ""));
            return;
        }
        if (format == Format.HTML) {
            TextDecoder.Decoded d = TextDecoder.decodeHtml(bytes.bytes(), bytes.length(), null);
            out.accept(RawInput.html(out.source(), null, d.text()).withDiagnostics(d.diagnostics()));
        } else {
            TextDecoder.Decoded d = TextDecoder.decodeText(bytes.bytes(), bytes.length());
            out.accept(RawInput.text(out.source(), d.text()).withDiagnostics(d.diagnostics()));
        }
    }
}
