package dev.copydesk.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8ScanTest {
    private static Utf8Scan scan(byte[] b) {
        return Utf8Scan.of(b, 0, b.length);
    }

    @Test
    void agreesWithTheJdkOnValidityAndWhereTheFirstReplacementIs() {
        Random r = new Random(7);
        for (int i = 0; i < 5000; i++) {
            byte[] b = new byte[r.nextInt(64)];
            for (int k = 0; k < b.length; k++) {
                // Mostly bytes that start or continue sequences, so that edge cases are common.
                b[k] = (byte) (r.nextInt(4) == 0 ? r.nextInt(128) : 0x80 + r.nextInt(128));
            }
            Utf8Scan scan = scan(b);
            if (scan.literalFffd() > 0) {
                continue;
            }
            String s = new String(b, StandardCharsets.UTF_8);
            int at = s.indexOf('\uFFFD');
            String hex = java.util.HexFormat.of().formatHex(b);
            assertEquals(at < 0, scan.isValid(), hex);
            long expectedFirst = at < 0 ? -1 : s.substring(0, at).getBytes(StandardCharsets.UTF_8).length;
            assertEquals(expectedFirst, scan.firstInvalid(), hex);
            assertEquals(s.chars().filter(c -> c == 0xFFFD).count(), scan.replaced(s), hex);
        }
    }

    @Test
    void replacementCharactersAlreadyInTheTextAreNotCounted() {
        byte[] b = {'a', (byte) 0xEF, (byte) 0xBF, (byte) 0xBD, (byte) 0xFF, 'b'};
        Utf8Scan scan = scan(b);
        assertEquals(1, scan.literalFffd());
        assertEquals(1, scan.replaced(new String(b, StandardCharsets.UTF_8)));
        assertEquals(4, scan.firstInvalid());
    }

    @Test
    void firstOffsetAndShare() {
        byte[] b = "ab\u2019c".getBytes(StandardCharsets.UTF_8);
        assertTrue(scan(b).isValid());
        assertEquals(1, scan(b).validMultiByte());
        byte[] bad = {'a', (byte) 0xC3, '(', (byte) 0xE2, (byte) 0x80, (byte) 0x99};
        Utf8Scan s = scan(bad);
        assertEquals(1, s.invalid());
        assertEquals(1, s.firstInvalid());
        assertFalse(s.isMostlyValid(), "1 of 2 non-ASCII sequences is not mostly valid");
        assertEquals(-1, scan(new byte[0]).firstInvalid());
    }

    @Test
    void overlongSurrogatesAndTooHighAreInvalid() {
        assertEquals(1, scan(new byte[] {(byte) 0xC0, (byte) 0xAF}).invalid() > 0 ? 1 : 0);
        assertFalse(scan(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}).isValid());
        assertFalse(scan(new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}).isValid());
        assertFalse(scan(new byte[] {(byte) 0xE2, (byte) 0x82}).isValid(), "cut short at the end");
    }
}
