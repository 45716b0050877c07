package dev.copydesk.ingest;

import dev.copydesk.core.Diagnostics;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * Reads the HTML pages of a WARC file, or of an ARC file (the Internet Archive's older format, which jwarc
 * reads as WARC records), streamed record by record with jwarc. Each successful (2xx)
 * {@code response} record whose HTTP Content-Type is HTML ({@code text/html},
 * {@code application/xhtml+xml}; sniffed when the header is missing) becomes one HTML article, as does
 * each {@code resource} record of an HTML type. The article's {@code url} is the WARC-Target-URI, its
 * {@code crawlDate} the WARC-Date as an ISO-8601 instant, and its source {@code path#n} for the n-th
 * record of the file. Records are numbered from 1 counting every record of the file, whatever its type
 * (an ARC file's {@code filedesc} header is record 1), and errors use the same numbers. HTTP Content-Encoding gzip and deflate are decoded;
 * the charset comes from the HTTP Content-Type, else from the page. Other records are skipped silently.
 *
 * <p>A bad record gives one error ({@code record 4: ...}) and reading goes on with the next; damage to
 * the file itself (truncation, a corrupt gzip stream, a broken record header, a Content-Length that does
 * not match its record) gives one error naming the damaged record after the records read before it, and
 * ends the file. When the next record still reads well after such a mismatch (an ARC length off by a
 * line break, say), the record's article is kept with a {@code bad-record-end} warning instead. Only one record's payload is held at a time, capped at
 * {@link ReadLimits#maxArticleBytes()}. Thread-safe: instances hold only immutable configuration.
 */
final class WarcInputReader {
    /** Message for a WARC stream that ends inside a record. */
    static final String TRUNCATED = "truncated WARC (unexpected end of input)";
    /** Diagnostic code for a record whose end is not where its Content-Length says, the next record being fine. */
    static final String BAD_RECORD_END = "bad-record-end";
    private static final Pattern POSITION = Pattern.compile(" at (?:byte )?position -?\\d+");

    private final long maxBytes;
    private final String limitText;

    WarcInputReader(ReadLimits limits) {
        this.maxBytes = limits.maxArticleBytes();
        this.limitText = limits.describeArticleLimit();
    }

    /**
     * Reads every record of {@code in}, which starts with {@code WARC/} or ARC's {@code filedesc://}, to
     * {@code out}. A record's article is passed on only once the record's end has been checked (when the
     * next record is asked for), so a record whose Content-Length does not match its content is refused
     * under its own number rather than spoiling the next one's.
     */
    void read(InputStream in, Reporter out) {
        WarcReader reader;
        try {
            reader = new WarcReader(in);
        } catch (IOException e) {
            out.error(fileDamage(e, 1));
            return;
        }
        reader.setLenient(true);
        List<String> warnings = new ArrayList<>();
        reader.onWarning(warnings::add);
        long n = 0;
        RawInput pending = null;
        while (true) {
            Optional<WarcRecord> next;
            Exception failure = null;
            warnings.clear();
            try {
                next = reader.next();
            } catch (IOException | RuntimeException e) {
                next = Optional.empty();
                failure = e;
            }
            boolean badEnd = n > 0 && warnings.stream().anyMatch(w -> w.contains("trailer"));
            if (badEnd) {
                // jwarc checks a record's trailer when moving past it: the damage is the previous record's.
                boolean lost = failure != null || next.isPresent() && !looksSane(next.get());
                if (lost) {
                    out.error("record " + n + ": its Content-Length does not match its content (no record end"
                            + " after its block); rest of the file skipped");
                    return;
                }
                if (pending != null) {
                    out.accept(pending.withDiagnostics(Diagnostics.builder().warning(RawInput.STAGE, BAD_RECORD_END,
                            "record " + n + ": no record end where its Content-Length says (its content may be cut or run on)").build()));
                    pending = null;
                }
            } else if (pending != null) {
                out.accept(pending);
                pending = null;
            }
            if (failure != null) {
                out.error(fileDamage(failure, n + 1));
                return;
            }
            if (next.isEmpty()) {
                return;
            }
            n++;
            String badLength = badContentLength(next.get());
            if (badLength != null) {
                out.error("record " + n + ": " + badLength + "; rest of the file skipped");
                return;
            }
            try {
                pending = toInput(next.get(), out.recordSource(n));
            } catch (CorruptInputException | EOFException e) {
                out.error(fileDamage(e, n));
                return;
            } catch (RecordException e) {
                out.error("record " + n + ": " + e.getMessage());
            } catch (IOException | RuntimeException e) {
                out.error("record " + n + ": unreadable (" + IoErrors.detail(e) + ")");
            }
            try {
                // Read the rest of the block here, not in the next call to next(), so that a block cut short
                // is reported under its own record's number.
                next.get().body().consume();
            } catch (IOException e) {
                pending = null;
                out.error(fileDamage(e, n));
                return;
            } catch (RuntimeException e) {
                pending = null;
                out.error("record " + n + ": unreadable block (" + IoErrors.detail(e) + "); rest of the file skipped");
                return;
            }
        }
    }

    /**
     * Why the record's Content-Length cannot be where its next record starts, or {@code null}: lenient
     * parsing lets a negative one through, and reading past it would go backwards.
     */
    private static String badContentLength(WarcRecord rec) {
        Optional<String> value = rec.headers().first("Content-Length");
        if (value.isEmpty()) {
            return null;
        }
        try {
            long length = Long.parseLong(value.get().strip());
            return length < 0 ? "negative Content-Length (" + length + ")" : null;
        } catch (NumberFormatException e) {
            return "unreadable Content-Length \"" + Reporter.oneLine(value.get()) + "\"";
        }
    }

    /** Whether a record read after a bad record end has the headers every WARC record must have. */
    private static boolean looksSane(WarcRecord rec) {
        return rec.headers().first("WARC-Type").isPresent() && rec.headers().first("Content-Length").isPresent();
    }

    private static String fileDamage(Exception e, long ordinal) {
        if (e instanceof CorruptInputException) {
            return e.getMessage() + " at record " + ordinal;
        }
        if (e instanceof EOFException) {
            return TRUNCATED + " at record " + ordinal;
        }
        if (e instanceof ParsingException || e instanceof RuntimeException) {
            return "invalid WARC record header at record " + ordinal + " (" + parserDetail(e)
                    + "); rest of the file skipped";
        }
        return IoErrors.describe((IOException) e) + " at record " + ordinal;
    }

    /**
     * jwarc's parse error without its position, which counts from the start of its read buffer, not of
     * the file, and would mislead.
     */
    private static String parserDetail(Exception e) {
        return POSITION.matcher(IoErrors.detail(e)).replaceFirst("");
    }

    /** The article in {@code rec}, or {@code null} when the record holds no HTML page. */
    private RawInput toInput(WarcRecord rec, String source) throws IOException, RecordException {
        if (rec instanceof WarcResponse response) {
            return fromResponse(response, source);
        }
        if (rec instanceof WarcResource resource) {
            MediaType type = declaredType(resource);
            if (!isHtml(type)) {
                return null;
            }
            BoundedBytes body = readBody(resource.body());
            return body.length() == 0 ? null : article(resource, source, body, charset(type));
        }
        return null;
    }

    private RawInput fromResponse(WarcResponse rec, String source) throws IOException, RecordException {
        MediaType recordType = declaredType(rec);
        if (recordType != null && !isHttp(recordType)) {
            return null;
        }
        HttpResponse http;
        try {
            http = rec.http();
        } catch (ParsingException e) {
            throw new RecordException("invalid HTTP response (" + IoErrors.detail(e) + ")");
        }
        if (http.status() < 200 || http.status() > 299) {
            return null;
        }
        MediaType type = http.headers().first("Content-Type").map(MediaType::parseLeniently).orElse(null);
        if (type != null && !isHtml(type)) {
            return null;
        }
        BoundedBytes encoded = readBody(http.body());
        BoundedBytes body = decodeContent(encoded, http.headers().all("Content-Encoding"));
        if (body.length() == 0 || (type == null && !Sniffer.looksLikeHtml(body.bytes(), body.length()))) {
            return null;
        }
        return article(rec, source, body, type == null ? null : charset(type));
    }

    private static RawInput article(WarcTargetRecord rec, String source, BoundedBytes body, String charset) {
        TextDecoder.Decoded d = TextDecoder.decodeHtml(body.bytes(), body.length(), charset);
        return new RawInput(source, null, rec.target(), null, null, crawlDate(rec), RawInput.Kind.HTML, d.text(),
                d.diagnostics());
    }

    private BoundedBytes readBody(MessageBody body) throws IOException, RecordException {
        long size = -1;
        try {
            size = body.size();
        } catch (IOException | RuntimeException e) {
            // size unknown (chunked): the bounded read below still caps it
        }
        if (size > maxBytes) {
            throw tooLarge(Sizes.describe(size) + " exceeds");
        }
        BoundedBytes b = BoundedBytes.read(body.stream(), maxBytes, size);
        if (b.overLimit()) {
            throw tooLarge("exceeds");
        }
        return b;
    }

    /** Undoes HTTP Content-Encoding. Errors here are the record's own, never the file's. */
    private BoundedBytes decodeContent(BoundedBytes encoded, List<String> encodings) throws RecordException {
        if (encodings.isEmpty()) {
            return encoded;
        }
        String enc = String.join(",", encodings).strip().toLowerCase(Locale.ROOT);
        InputStream raw = new ByteArrayInputStream(encoded.bytes(), 0, encoded.length());
        try {
            InputStream decoded;
            switch (enc) {
                case "", "identity", "none" -> {
                    return encoded;
                }
                case "gzip", "x-gzip" -> {
                    // Some crawlers store the decoded body but keep the header: trust the bytes.
                    if (!Gzip.isGzip(encoded.bytes(), encoded.length())) {
                        return encoded;
                    }
                    decoded = new GZIPInputStream(raw);
                }
                case "deflate" -> decoded = new InflaterInputStream(raw, new Inflater(!isZlib(encoded)));
                default -> throw new RecordException("unsupported Content-Encoding \"" + enc + "\"");
            }
            BoundedBytes b = BoundedBytes.read(decoded, maxBytes, -1);
            if (b.overLimit()) {
                throw tooLarge("exceeds");
            }
            return b;
        } catch (IOException e) {
            throw new RecordException("bad " + enc + " Content-Encoding (" + IoErrors.detail(e) + ")");
        }
    }

    private RecordException tooLarge(String what) {
        return new RecordException("too large: " + what + " the " + limitText + " per-article limit");
    }

    private static boolean isZlib(BoundedBytes b) {
        if (b.length() < 2) {
            return false;
        }
        int cmf = b.bytes()[0] & 0xff;
        int flg = b.bytes()[1] & 0xff;
        return (cmf & 0x0f) == 8 && ((cmf << 8) | flg) % 31 == 0;
    }

    private static String crawlDate(WarcRecord rec) {
        Optional<String> date = rec.headers().first("WARC-Date");
        if (date.isEmpty()) {
            return null;
        }
        try {
            return Instant.parse(date.get().strip()).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The record's own Content-Type, read leniently, or {@code null} when it has none. */
    private static MediaType declaredType(WarcRecord rec) {
        return rec.headers().first("Content-Type").map(MediaType::parseLeniently).orElse(null);
    }

    private static boolean isHttp(MediaType t) {
        return t != null && "application".equalsIgnoreCase(t.type()) && "http".equalsIgnoreCase(t.subtype());
    }

    private static boolean isHtml(MediaType t) {
        if (t == null || t.type() == null || t.subtype() == null) {
            return false;
        }
        String type = t.type().toLowerCase(Locale.ROOT);
        String sub = t.subtype().toLowerCase(Locale.ROOT);
        return (type.equals("text") && sub.equals("html")) || (type.equals("application") && sub.equals("xhtml+xml"));
    }

    private static String charset(MediaType t) {
        for (Map.Entry<String, String> p : t.parameters().entrySet()) {
            if (p.getKey().equalsIgnoreCase("charset")) {
                return p.getValue();
            }
        }
        return null;
    }

    /** A problem with one record only; its message follows {@code record n: }. */
    private static final class RecordException extends Exception {
        private static final long serialVersionUID = 1L;

        RecordException(String message) {
            super(message, null, false, false);
        }
    }
}
