package dev.copydesk.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A stream of UTF-8 bytes read from a UTF-16 stream, so that every reader after it (JSON Lines lines
 * split at {@code \n}, sniffing, decoding) sees UTF-8. Unpaired surrogates and an odd last byte become
 * U+FFFD. Streams in fixed-size chunks: memory does not grow with the input. Not thread-safe. Closing it
 * closes the underlying stream.
 */
final class Utf16Transcoder extends InputStream {
    private static final int CHARS = 8192;

    private final Reader reader;
    private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final CharBuffer chars = CharBuffer.allocate(CHARS);
    private final ByteBuffer bytes = ByteBuffer.allocate(CHARS * 3 + 16);
    private boolean done;

    /**
     * @param in      the UTF-16 bytes, positioned after any byte-order mark
     * @param charset {@link StandardCharsets#UTF_16LE} or {@link StandardCharsets#UTF_16BE}
     */
    Utf16Transcoder(InputStream in, Charset charset) {
        this.reader = new InputStreamReader(in, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
        chars.flip();
        bytes.flip();
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (!bytes.hasRemaining()) {
            if (!fill()) {
                return -1;
            }
        }
        int n = Math.min(len, bytes.remaining());
        bytes.get(b, off, n);
        return n;
    }

    /** Encodes the next chunk of characters; false at the end. */
    private boolean fill() throws IOException {
        if (done) {
            return false;
        }
        bytes.clear();
        chars.compact();
        int n = reader.read(chars);
        chars.flip();
        if (n < 0) {
            encoder.encode(chars, bytes, true);
            encoder.flush(bytes);
            done = true;
        } else {
            encoder.encode(chars, bytes, false);
        }
        bytes.flip();
        return true;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
