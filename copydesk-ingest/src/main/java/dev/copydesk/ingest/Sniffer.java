package dev.copydesk.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Tells an input's {@link Format} from its name and its first bytes. Unambiguous magic wins over the
 * name (gzip {@code 1f 8b}, {@code WARC/}, ARC's {@code filedesc://}); then binary content is refused
 * whatever the name (see {@link #looksBinary}); then the name decides ({@code .txt}, {@code .html},
 * {@code .warc}, {@code .arc}, {@code .jsonl}, ...); then the content: a first non-blank {@code {} means
 * JSON Lines, HTML markers in the first 4 KB mean HTML, anything else is text. UTF-16 content (with or
 * without a byte-order mark) is never called binary; callers transcode it to UTF-8 and sniff again to
 * tell JSON Lines from text. Thread-safe (stateless).
 */
final class Sniffer {
    /** How many leading bytes are examined. */
    static final int SNIFF_BYTES = 8192;
    /** How far HTML markers are looked for. */
    static final int HTML_SCAN_BYTES = 4096;

    /**
     * Largest share of control bytes (C0 controls other than tab, line feed, form feed and carriage
     * return, and DEL) in the first 8 KB of a text: one byte in twenty. Random or compressed bytes have
     * about one in nine; a text with a stray NUL or two has far fewer.
     */
    static final double MAX_CONTROL_SHARE = 0.05;

    private static final byte[] WARC_MAGIC = "WARC/".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ARC_MAGIC = "filedesc://".getBytes(StandardCharsets.US_ASCII);
    /** Signatures of common binary formats that may start with printable bytes. */
    private static final List<byte[]> BINARY_MAGIC = List.of(
            "%PDF-".getBytes(StandardCharsets.US_ASCII),
            new byte[] {'P', 'K', 3, 4},
            new byte[] {(byte) 0x89, 'P', 'N', 'G'},
            new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            "GIF8".getBytes(StandardCharsets.US_ASCII),
            "BZh".getBytes(StandardCharsets.US_ASCII),
            new byte[] {(byte) 0xFD, '7', 'z', 'X', 'Z', 0},
            new byte[] {'7', 'z', (byte) 0xBC, (byte) 0xAF},
            new byte[] {0x28, (byte) 0xB5, 0x2F, (byte) 0xFD},
            new byte[] {0x7F, 'E', 'L', 'F'});
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
        if (n.endsWith(".arc")) {
            return Format.ARC;
        }
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
            return Format.JSONL;
        }
        return null;
    }

    /**
     * Whether a file found in a directory should be read: its name ends in {@code .txt .text .html .htm
     * .xhtml .warc .arc .jsonl .ndjson}, optionally followed by {@code .gz}. Hidden files are the caller's
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
        if (startsWith(head, len, ARC_MAGIC)) {
            return Format.ARC;
        }
        TextDecoder.Bom bom = TextDecoder.bom(head, len);
        boolean utf16 = (bom != null && bom.charset() != StandardCharsets.UTF_8)
                || TextDecoder.utf16WithoutBom(head, len) != null;
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

    /** Whether {@code head} starts with ARC's {@code filedesc://}. */
    static boolean isArc(byte[] head, int len) {
        return startsWith(head, len, ARC_MAGIC);
    }

    /**
     * Whether the first 8 KB look binary: they start with the signature of a common binary format (PDF,
     * ZIP, PNG, JPEG, GIF, bzip2, xz, 7z, zstd, ELF), or more than {@link #MAX_CONTROL_SHARE} of them are
     * control bytes. A NUL byte here and there does not make a file binary: in JSON Lines it spoils one
     * line at most.
     */
    static boolean looksBinary(byte[] head, int len) {
        for (byte[] magic : BINARY_MAGIC) {
            if (startsWith(head, len, magic)) {
                return true;
            }
        }
        int n = Math.min(len, SNIFF_BYTES);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int b = head[i] & 0xff;
            if ((b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r') || b == 0x7F) {
                controls++;
            }
        }
        return controls > MAX_CONTROL_SHARE * n;
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
