package dev.copydesk.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable article identifiers. Thread-safe. */
public final class Ids {
    private Ids() {
    }

    /** The first 16 hex digits of the SHA-256 of {@code value}'s UTF-8 bytes. */
    public static String hash(String value) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] h = md.digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    /**
     * The id of an article: the input's own id when it has one, else a hash of its URL, else a hash of
     * its content.
     */
    public static String of(String givenId, String url, String content) {
        if (givenId != null && !givenId.isBlank()) {
            return givenId.strip();
        }
        if (url != null && !url.isBlank()) {
            return "u" + hash(url.strip());
        }
        return "c" + hash(content == null ? "" : content);
    }
}
