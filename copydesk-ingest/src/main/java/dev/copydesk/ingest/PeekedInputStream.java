package dev.copydesk.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * A stream whose first bytes have been read ahead (for sniffing) and are served again before the rest.
 *
 * <p>Damage must surface where it is, not earlier: records before a truncation are still delivered. So a
 * failure met while reading ahead is held back and thrown only once the bytes before it have been
 * served, no single read mixes served-again bytes with fresh ones, and {@link #available()} is always 0,
 * which keeps adapters such as {@link java.nio.channels.Channels#newChannel(InputStream)} from reading
 * further in the same call. Not thread-safe. Closing it closes the underlying stream.
 */
final class PeekedInputStream extends InputStream {
    private final InputStream in;
    private final byte[] head;
    private int pos;
    private IOException pending;

    private PeekedInputStream(InputStream in, byte[] head, IOException pending) {
        this.in = in;
        this.head = head;
        this.pending = pending;
    }

    /**
     * Reads up to {@code max} bytes ahead of {@code in}.
     *
     * @throws IOException when not even the first byte can be read
     */
    static PeekedInputStream peek(InputStream in, int max) throws IOException {
        byte[] buf = new byte[max];
        int n = 0;
        IOException pending = null;
        while (n < max) {
            int r;
            try {
                r = in.read(buf, n, max - n);
            } catch (IOException e) {
                if (n == 0) {
                    throw e;
                }
                pending = e;
                break;
            }
            if (r < 0) {
                break;
            }
            n += r;
        }
        return new PeekedInputStream(in, Arrays.copyOf(buf, n), pending);
    }

    /** The bytes read ahead (fewer than asked for at the end of the stream or before a failure). */
    byte[] head() {
        return head;
    }

    @Override
    public int read() throws IOException {
        if (pos < head.length) {
            return head[pos++] & 0xff;
        }
        throwPending();
        return in.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (pos < head.length) {
            int n = Math.min(len, head.length - pos);
            System.arraycopy(head, pos, b, off, n);
            pos += n;
            return n;
        }
        throwPending();
        return in.read(b, off, len);
    }

    @Override
    public int available() {
        return 0;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private void throwPending() throws IOException {
        if (pending != null) {
            IOException e = pending;
            pending = null;
            throw e;
        }
    }
}
