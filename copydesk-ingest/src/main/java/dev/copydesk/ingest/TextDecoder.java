package dev.copydesk.ingest;

import dev.copydesk.core.Diagnostics;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns the bytes of one article into a string, whatever their encoding, and never fails: bytes that are
 * invalid in the chosen encoding become U+FFFD. A byte-order mark decides first and is stripped. Plain
 * text then is UTF-16 when its zero bytes say so (see {@link #utf16WithoutBom}); else UTF-8 when at
 * least 90% of its non-ASCII sequences are well-formed UTF-8 (the ill-formed rest becomes U+FFFD and an
 * {@code invalid-utf8} warning gives their count and the first one's byte offset); else whatever
 * juniversalchardet detects; else windows-1252.
 * HTML takes a declared charset (from the HTTP header, then a {@code <meta>} or XML declaration in the
 * first 4 KB) before those guesses. As browsers do, ISO-8859-1 and US-ASCII are read as their superset
 * windows-1252, and a UTF-16 declaration on bytes without a byte-order mark is read as UTF-8.
 * Thread-safe (stateless).
 */
final class TextDecoder {
    /** How far into an HTML page a charset declaration is looked for. */
    static final int META_SCAN_BYTES = 4096;
    /** How many bytes the statistical detector is shown. */
    static final int DETECT_BYTES = 1024 * 1024;

    /** How far UTF-16 without a byte-order mark is looked for. */
    static final int UTF16_SCAN_BYTES = 8192;
    /** Diagnostic code for ill-formed UTF-8 replaced with U+FFFD. */
    static final String INVALID_UTF8 = "invalid-utf8";

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:\\-]+)[\"']", Pattern.CASE_INSENSITIVE);

    private TextDecoder() {
    }

    /** A byte-order mark: the charset it announces and its length. */
    record Bom(Charset charset, int length) {
    }

    /** The byte-order mark {@code bytes} start with, or {@code null}. */
    static Bom bom(byte[] bytes, int len) {
        if (len >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return new Bom(StandardCharsets.UTF_8, 3);
        }
        if (len >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return new Bom(StandardCharsets.UTF_16LE, 2);
        }
        if (len >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return new Bom(StandardCharsets.UTF_16BE, 2);
        }
        return null;
    }

    /**
     * Decoded text and what decoding had to repair.
     *
     * @param text         the decoded string
     * @param diagnostics  an {@code invalid-utf8} warning when bytes were replaced, else empty
     */
    record Decoded(String text, Diagnostics diagnostics) {
    }

    /**
     * Decodes plain text: byte-order mark, else UTF-16 without one (told by its zero bytes), else UTF-8
     * when it is (mostly) valid, else detection, else windows-1252.
     */
    static Decoded decodeText(byte[] bytes, int len) {
        Bom bom = bom(bytes, len);
        if (bom != null) {
            return decode(bytes, bom.length(), len - bom.length(), bom.charset());
        }
        return decode(bytes, 0, len, guess(bytes, len));
    }

    /**
     * Decodes an HTML page: byte-order mark, else {@code declared} (an HTTP charset parameter, may be
     * {@code null} or unknown), else a charset declared in the page's first 4 KB, else as plain text.
     */
    static Decoded decodeHtml(byte[] bytes, int len, String declared) {
        Bom bom = bom(bytes, len);
        if (bom != null) {
            return decode(bytes, bom.length(), len - bom.length(), bom.charset());
        }
        Charset cs = lookup(declared);
        if (cs == null) {
            cs = lookup(declaredInPage(bytes, len));
        }
        if (cs == null) {
            cs = guess(bytes, len);
        }
        return decode(bytes, 0, len, cs);
    }

    /** Decodes {@code bytes[off, off+len)}, noting how many ill-formed UTF-8 sequences were replaced. */
    private static Decoded decode(byte[] bytes, int off, int len, Charset cs) {
        String text = new String(bytes, off, len, cs);
        if (!cs.equals(StandardCharsets.UTF_8)) {
            return new Decoded(text, Diagnostics.empty());
        }
        Utf8Scan scan = Utf8Scan.of(bytes, off, len);
        if (scan.isValid()) {
            return new Decoded(text, Diagnostics.empty());
        }
        String detail = scan.describe(text, off);
        return new Decoded(text, Diagnostics.builder().warning(RawInput.STAGE, INVALID_UTF8, detail).build());
    }

    /** The charset named by a {@code <meta>} tag or XML declaration in the first 4 KB, or {@code null}. */
    static String declaredInPage(byte[] bytes, int len) {
        String head = new String(bytes, 0, Math.min(len, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher xml = XML_ENCODING.matcher(head);
        if (xml.find()) {
            return xml.group(1);
        }
        Matcher meta = META_CHARSET.matcher(head);
        return meta.find() ? meta.group(1) : null;
    }

    /**
     * The charset for a declared name, following browsers: Latin-1 and ASCII mean windows-1252, UTF-16
     * without a byte-order mark means UTF-8. {@code null} for a missing or unknown name.
     */
    static Charset lookup(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        switch (n) {
            case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "iso_8859-1",
                 "cp1252", "x-user-defined" -> {
                return WINDOWS_1252;
            }
            case "utf-16", "utf-16le", "utf-16be", "utf16" -> {
                return StandardCharsets.UTF_8;
            }
            default -> {
                try {
                    return Charset.forName(n);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    return null;
                }
            }
        }
    }

    /**
     * UTF-16 without a byte-order mark, else UTF-8 when (mostly) valid, else the detector's answer, else
     * windows-1252.
     */
    static Charset guess(byte[] bytes, int len) {
        Charset utf16 = utf16WithoutBom(bytes, len);
        if (utf16 != null) {
            return utf16;
        }
        if (Utf8Scan.of(bytes, 0, len).isMostlyValid()) {
            return StandardCharsets.UTF_8;
        }
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, Math.min(len, DETECT_BYTES));
        detector.dataEnd();
        Charset detected = lookup(detector.getDetectedCharset());
        // The bytes are known not to be UTF-8, so a UTF-8 (or UTF-16) answer is a miss.
        if (detected == null || detected.equals(StandardCharsets.UTF_8)) {
            return WINDOWS_1252;
        }
        return detected;
    }

    /**
     * UTF-16LE or UTF-16BE when the first 8 KB look like UTF-16 text without a byte-order mark, else
     * {@code null}. Text in Latin scripts stored as UTF-16 has a zero byte in most code units: at odd
     * offsets for little-endian, at even ones for big-endian. So: at least a third of the code units
     * have their zero on one side, almost none on the other, and the other side's bytes are mostly
     * printable (binary data with runs of zeros is not).
     */
    static Charset utf16WithoutBom(byte[] bytes, int len) {
        int units = Math.min(len, UTF16_SCAN_BYTES) / 2;
        if (units < 2) {
            return null;
        }
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int u = 0; u < units; u++) {
            if (bytes[2 * u] == 0) {
                zeroEven++;
            }
            if (bytes[2 * u + 1] == 0) {
                zeroOdd++;
            }
        }
        int many = Math.max(1, units / 3);
        int few = units / 50;
        if (zeroOdd >= many && zeroEven <= few && mostlyPrintable(bytes, 0, units)) {
            return StandardCharsets.UTF_16LE;
        }
        if (zeroEven >= many && zeroOdd <= few && mostlyPrintable(bytes, 1, units)) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** Whether the bytes at {@code first, first+2, ...} beside zero bytes are mostly printable or whitespace. */
    private static boolean mostlyPrintable(byte[] bytes, int first, int units) {
        int beside = 0;
        int printable = 0;
        for (int u = 0; u < units; u++) {
            if (bytes[2 * u + 1 - first] != 0) {
                continue;
            }
            beside++;
            int b = bytes[2 * u + first] & 0xff;
            if (b >= 0x20 || b == '\t' || b == '\n' || b == '\r' || b == '\f') {
                printable++;
            }
        }
        return printable * 10 >= beside * 9;
    }

    /** Whether {@code bytes[off, off+len)} is well-formed UTF-8 (see {@link Utf8Scan}). */
    static boolean isValidUtf8(byte[] bytes, int off, int len) {
        return Utf8Scan.of(bytes, off, len).isValid();
    }
}
