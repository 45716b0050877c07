package dev.copydesk.ingest;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Decompresses gzip streams, including the multi-member streams that WARC.gz files are made of, and
 * turns damage into {@link CorruptInputException}s with one-line messages such as
 * {@code truncated gzip (unexpected end of input)}. Thread-safe (stateless).
 */
final class Gzip {
    /** Message for a gzip stream that ends early. */
    static final String TRUNCATED = "truncated gzip (unexpected end of input)";

    private static final int BUFFER = 64 * 1024;

    private Gzip() {
    }

    /** Whether {@code head} starts with the gzip magic number. */
    static boolean isGzip(byte[] head, int len) {
        return len >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
    }

    /**
     * A stream of the decompressed bytes of {@code compressed}, which must start with the gzip magic.
     *
     * @throws CorruptInputException when the gzip header is damaged or cut short
     */
    static InputStream open(InputStream compressed) throws IOException {
        try {
            return new Guarded(new GZIPInputStream(new EagerAvailable(compressed), BUFFER));
        } catch (IOException e) {
            throw translate(e);
        }
    }

    private static IOException translate(IOException e) {
        if (e instanceof CorruptInputException) {
            return e;
        }
        if (e instanceof EOFException) {
            return new CorruptInputException(TRUNCATED, e);
        }
        if (e instanceof ZipException) {
            String detail = e.getMessage() == null ? "bad data" : e.getMessage();
            return new CorruptInputException("corrupt gzip (" + detail + ")", e);
        }
        return e;
    }

    /** Translates the decompressor's exceptions into {@link CorruptInputException}s. */
    private static final class Guarded extends FilterInputStream {
        Guarded(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                throw translate(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return in.read(b, off, len);
            } catch (IOException e) {
                throw translate(e);
            }
        }

        @Override
        public long skip(long n) throws IOException {
            try {
                return super.skip(n);
            } catch (IOException e) {
                throw translate(e);
            }
        }
    }

    /**
     * {@link GZIPInputStream} asks {@code available()} whether another gzip member follows; a pipe may
     * say 0 before the next member has arrived, which would silently end a WARC.gz read from standard
     * input. This stream answers truthfully by waiting for one byte (or the end) when it has none buffered.
     */
    private static final class EagerAvailable extends PushbackInputStream {
        EagerAvailable(InputStream in) {
            super(in, 1);
        }

        @Override
        public int available() throws IOException {
            int n = super.available();
            if (n > 0) {
                return n;
            }
            int b = read();
            if (b < 0) {
                return 0;
            }
            unread(b);
            return 1;
        }
    }
}
