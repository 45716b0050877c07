package dev.copydesk.ingest;

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
 * text then is UTF-8 when it is valid UTF-8, else whatever juniversalchardet detects, else windows-1252.
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

    /** Decodes plain text: byte-order mark, else valid UTF-8, else detection, else windows-1252. */
    static String decodeText(byte[] bytes, int len) {
        Bom bom = bom(bytes, len);
        if (bom != null) {
            return new String(bytes, bom.length(), len - bom.length(), bom.charset());
        }
        return new String(bytes, 0, len, guess(bytes, len));
    }

    /**
     * Decodes an HTML page: byte-order mark, else {@code declared} (an HTTP charset parameter, may be
     * {@code null} or unknown), else a charset declared in the page's first 4 KB, else as plain text.
     */
    static String decodeHtml(byte[] bytes, int len, String declared) {
        Bom bom = bom(bytes, len);
        if (bom != null) {
            return new String(bytes, bom.length(), len - bom.length(), bom.charset());
        }
        Charset cs = lookup(declared);
        if (cs == null) {
            cs = lookup(declaredInPage(bytes, len));
        }
        if (cs == null) {
            cs = guess(bytes, len);
        }
        return new String(bytes, 0, len, cs);
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

    /** Valid UTF-8, else the detector's answer, else windows-1252. */
    static Charset guess(byte[] bytes, int len) {
        if (isValidUtf8(bytes, 0, len)) {
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
     * Whether {@code bytes[off, off+len)} is well-formed UTF-8 (RFC 3629: no overlong forms, no
     * surrogates, nothing above U+10FFFF, no sequence cut short at the end).
     */
    static boolean isValidUtf8(byte[] bytes, int off, int len) {
        int i = off;
        int end = off + len;
        while (i < end) {
            int b = bytes[i];
            if (b >= 0) {
                i++;
                continue;
            }
            b &= 0xff;
            int need;
            int min;
            if (b >= 0xC2 && b <= 0xDF) {
                need = 1;
                min = 0x80;
            } else if (b >= 0xE0 && b <= 0xEF) {
                need = 2;
                min = 0x800;
            } else if (b >= 0xF0 && b <= 0xF4) {
                need = 3;
                min = 0x10000;
            } else {
                return false;
            }
            if (i + need >= end) {
                return false;
            }
            int cp = b & (0x3F >> need);
            for (int k = 1; k <= need; k++) {
                int c = bytes[i + k] & 0xff;
                if ((c & 0xC0) != 0x80) {
                    return false;
                }
                cp = (cp << 6) | (c & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                return false;
            }
            i += need + 1;
        }
        return true;
    }
}
