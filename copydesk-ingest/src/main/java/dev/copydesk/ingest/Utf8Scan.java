package dev.copydesk.ingest;

/**
 * What a byte range holds as UTF-8: how many multi-byte sequences are well formed, how many are not,
 * and where the first bad one starts. Ill-formed bytes are counted as the Unicode Standard's "maximal
 * subparts" (chapter 3); decoders differ on how many U+FFFD some of them become, so callers that report
 * replacements count those in the decoded text ({@link #replaced}). Well formed means RFC 3629: no
 * overlong forms, no surrogates, nothing above U+10FFFF, no sequence cut short at the end. Immutable.
 *
 * @param validMultiByte number of well-formed sequences of two to four bytes
 * @param invalid        number of ill-formed maximal subparts
 * @param firstInvalid   offset of the first ill-formed byte, relative to the range start; -1 if none
 * @param literalFffd    number of well-formed U+FFFD characters ({@code EF BF BD}) already in the bytes
 */
record Utf8Scan(int validMultiByte, int invalid, long firstInvalid, int literalFffd) {
    /**
     * Share of well-formed sequences among all non-ASCII sequences from which damaged UTF-8 is still
     * read as UTF-8. Text in a single-byte encoding such as windows-1252 almost never forms a valid
     * UTF-8 sequence by chance (a lead byte 0xC2-0xF4 needs exactly the right number of 0x80-0xBF bytes
     * after it), so its share is near 0; UTF-8 damaged in a few places has a share near 1.
     */
    static final double MOSTLY_VALID = 0.9;

    /** Scans {@code bytes[off, off+len)}. */
    static Utf8Scan of(byte[] bytes, int off, int len) {
        int valid = 0;
        int invalid = 0;
        int fffd = 0;
        long first = -1;
        int i = off;
        int end = off + len;
        while (i < end) {
            int b = bytes[i] & 0xff;
            if (b < 0x80) {
                i++;
                continue;
            }
            int good = wellFormedPrefix(bytes, i, end);
            if (good > 0) {
                valid++;
                if (good == 3 && b == 0xEF && (bytes[i + 1] & 0xff) == 0xBF && (bytes[i + 2] & 0xff) == 0xBD) {
                    fffd++;
                }
                i += good;
            } else {
                if (first < 0) {
                    first = i - off;
                }
                invalid++;
                i += -good;
            }
        }
        return new Utf8Scan(valid, invalid, first, fffd);
    }

    /** How many U+FFFD decoding these bytes as UTF-8 added to {@code decoded}: those not already in the bytes. */
    int replaced(CharSequence decoded) {
        int n = 0;
        for (int i = 0; i < decoded.length(); i++) {
            if (decoded.charAt(i) == '\uFFFD') {
                n++;
            }
        }
        return n - literalFffd;
    }

    /** One line for a diagnostic: how many sequences were replaced and where the first was. */
    String describe(CharSequence decoded, long offsetBase) {
        int n = replaced(decoded);
        return n + (n == 1 ? " invalid UTF-8 sequence" : " invalid UTF-8 sequences")
                + " replaced with U+FFFD, the first at byte " + (offsetBase + firstInvalid);
    }

    /** Whether the range was entirely well formed. */
    boolean isValid() {
        return invalid == 0;
    }

    /**
     * Whether the bytes are UTF-8 with some damage rather than another encoding: at least
     * {@link #MOSTLY_VALID} of the non-ASCII sequences are well formed. Pure ASCII counts as valid.
     */
    boolean isMostlyValid() {
        return invalid == 0 || validMultiByte >= MOSTLY_VALID * (validMultiByte + invalid);
    }

    /**
     * The length of the well-formed sequence with lead byte at {@code i}, or minus the length of the
     * ill-formed maximal subpart starting there (at least 1).
     */
    private static int wellFormedPrefix(byte[] bytes, int i, int end) {
        int b = bytes[i] & 0xff;
        int need;
        int lo = 0x80;
        int hi = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            need = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            need = 2;
            if (b == 0xE0) {
                lo = 0xA0;
            } else if (b == 0xED) {
                hi = 0x9F;
            }
        } else if (b >= 0xF0 && b <= 0xF4) {
            need = 3;
            if (b == 0xF0) {
                lo = 0x90;
            } else if (b == 0xF4) {
                hi = 0x8F;
            }
        } else {
            return -1;
        }
        for (int k = 1; k <= need; k++) {
            if (i + k >= end) {
                return -k;
            }
            int c = bytes[i + k] & 0xff;
            if (c < lo || c > hi) {
                return -k;
            }
            lo = 0x80;
            hi = 0xBF;
        }
        return need + 1;
    }
}
