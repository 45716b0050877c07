package dev.copydesk.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class Utf16TranscoderTest {
    private static String transcode(byte[] utf16, Charset cs) throws IOException {
        try (InputStream in = new Utf16Transcoder(new ByteArrayInputStream(utf16), cs)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void surrogatePairsAcrossChunkBoundariesSurvive() throws IOException {
        // 8191 ASCII chars put the first emoji's high surrogate at the end of the first 8192-char chunk.
        String s = "a".repeat(8191) + "\uD83D\uDCF0 news \u00e9".repeat(3000);
        for (Charset cs : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            assertEquals(s, transcode(s.getBytes(cs), cs), cs.name());
        }
    }

    @Test
    void unpairedSurrogateAndOddLastByteBecomeReplacementCharacters() throws IOException {
        byte[] lone = {'a', 0, 0x3D, (byte) 0xD8, 'b', 0, 'c', 0};
        // As the JDK's own UTF-16 decoder does: the lone high surrogate and the unit after it become one U+FFFD.
        assertEquals(new String(lone, StandardCharsets.UTF_16LE), transcode(lone, StandardCharsets.UTF_16LE));
        assertEquals("a\uFFFDc", transcode(lone, StandardCharsets.UTF_16LE));
        byte[] odd = Arrays.copyOf("ab".getBytes(StandardCharsets.UTF_16LE), 5);
        assertEquals("ab\uFFFD", transcode(odd, StandardCharsets.UTF_16LE));
    }
}
