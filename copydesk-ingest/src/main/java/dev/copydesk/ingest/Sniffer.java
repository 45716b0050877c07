package dev.copydesk.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Tells an input's {@link Format} from its name and its first bytes. Unambiguous magic wins over the
 * name (gzip {@code 1f 8b}, {@code WARC/}); then binary content is refused whatever the name; then the
 * name decides ({@code .txt}, {@code .html}, {@code .warc}, {@code .jsonl}, ...); then the content: a
 * first non-blank {@code {} means JSON Lines, HTML markers in the first 4 KB mean HTML, anything else is
 * text. Thread-safe (stateless).
 */
final class Sniffer {
    /** How many leading bytes are examined. */
    static final int SNIFF_BYTES = 8192;
    /** How far HTML markers are looked for. */
    static final int HTML_SCAN_BYTES = 4096;

    private static final byte[] WARC_MAGIC = "WARC/".getBytes(StandardCharsets.US_ASCII);
    private static final List<String> HTML_MARKERS = List.of("<!doctype html", "<html", "<head>", "<head ",
            "<body", "<p>", "<p ", "<div", "<article", "<title>", "<meta ");

    private Sniffer() {
    }

    /** The format a file name announces ({@code x.txt}, {@code x.warc}, {@code x.gz}, ...), or {@code null}. */
    static Format byName(String name) {
        if (name == null) {
            return null;
        }
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            return Format.GZIP;
        }
        if (n.endsWith(".txt") || n.endsWith(".text")) {
            return Format.TEXT;
        }
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
            return Format.HTML;
        }
        if (n.endsWith(".warc")) {
            return Format.WARC;
        }
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
            return Format.JSONL;
        }
        return null;
    }

    /**
     * Whether a file found in a directory should be read: its name ends in {@code .txt .text .html .htm
     * .xhtml .warc .jsonl .ndjson}, optionally followed by {@code .gz}. Hidden files are the caller's
     * business.
     */
    static boolean isInputName(String name) {
        Format f = byName(stripGz(name));
        return f != null && f != Format.GZIP;
    }

    /** {@code name} without a trailing {@code .gz}; {@code null} stays {@code null}. */
    static String stripGz(String name) {
        if (name != null && name.toLowerCase(Locale.ROOT).endsWith(".gz")) {
            return name.substring(0, name.length() - 3);
        }
        return name;
    }

    /**
     * The format of content starting with {@code head[0, len)}, {@code len > 0}.
     *
     * @param nameHint what the name says ({@link #byName}), or {@code null}
     */
    static Format sniff(byte[] head, int len, Format nameHint) {
        if (Gzip.isGzip(head, len)) {
            return Format.GZIP;
        }
        if (startsWith(head, len, WARC_MAGIC)) {
            return Format.WARC;
        }
        TextDecoder.Bom bom = TextDecoder.bom(head, len);
        boolean utf16 = bom != null && bom.charset() != StandardCharsets.UTF_8;
        if (!utf16 && looksBinary(head, len)) {
            return Format.BINARY;
        }
        if (nameHint != null && nameHint != Format.GZIP) {
            return nameHint;
        }
        if (!utf16 && firstNonBlank(head, len, bom == null ? 0 : bom.length()) == '{') {
            return Format.JSONL;
        }
        return looksLikeHtml(head, len) ? Format.HTML : Format.TEXT;
    }

    /** Whether {@code head} starts with {@code WARC/}. */
    static boolean isWarc(byte[] head, int len) {
        return startsWith(head, len, WARC_MAGIC);
    }

    /**
     * Whether the first 8 KB look binary: a NUL byte, or more than one byte in ten a control character
     * other than tab, line feed, vertical tab, form feed, carriage return, backspace and escape.
     */
    static boolean looksBinary(byte[] head, int len) {
        int n = Math.min(len, SNIFF_BYTES);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int b = head[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if ((b < 0x20 && b != '\t' && b != '\n' && b != 0x0B && b != '\f' && b != '\r' && b != '\b'
                    && b != 0x1B) || b == 0x7F) {
                controls++;
            }
        }
        return controls * 10 > n;
    }

    /** Whether the first 4 KB hold an HTML marker such as {@code <!doctype html}, {@code <html} or {@code <p>}. */
    static boolean looksLikeHtml(byte[] head, int len) {
        TextDecoder.Bom bom = TextDecoder.bom(head, len);
        int skip = bom == null ? 0 : bom.length();
        int n = Math.min(len, HTML_SCAN_BYTES + skip) - skip;
        String s = new String(head, skip, Math.max(0, n),
                bom == null ? StandardCharsets.ISO_8859_1 : bom.charset()).toLowerCase(Locale.ROOT);
        for (String marker : HTML_MARKERS) {
            if (s.contains(marker)) {
                return true;
            }
        }
        return false;
    }

    private static int firstNonBlank(byte[] head, int len, int from) {
        for (int i = from; i < len; i++) {
            int b = head[i] & 0xff;
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                return b;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] head, int len, byte[] prefix) {
        if (len < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (head[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
