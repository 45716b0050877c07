package dev.copydesk.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The bytes of one article, read from a stream up to a limit and no further, so that no input can make
 * Copydesk hold more than the limit in memory. Immutable once read; the array is not copied.
 *
 * @param bytes    holds the content in {@code [0, length)}
 * @param length   number of bytes read
 * @param overLimit whether the stream had more than the limit; then {@code bytes} must not be used
 */
record BoundedBytes(byte[] bytes, int length, boolean overLimit) {
    private static final int INITIAL = 64 * 1024;

    /**
     * Reads {@code in} to its end, or until more than {@code limit} bytes were seen.
     *
     * @param sizeHint the expected size when known (it sizes the buffer), else a negative number
     */
    static BoundedBytes read(InputStream in, long limit, long sizeHint) throws IOException {
        int cap = (int) Math.min(limit + 1, ReadLimits.MAX_ARTICLE_BYTES_CEILING);
        int initial = sizeHint >= 0 ? (int) Math.min(sizeHint + 1, cap) : Math.min(INITIAL, cap);
        byte[] buf = new byte[Math.max(1, initial)];
        int len = 0;
        while (true) {
            if (len == buf.length) {
                if (len >= cap) {
                    break;
                }
                buf = Arrays.copyOf(buf, (int) Math.min((long) len * 2, cap));
            }
            int n = in.read(buf, len, buf.length - len);
            if (n < 0) {
                break;
            }
            len += n;
            if (len > limit) {
                return new BoundedBytes(new byte[0], 0, true);
            }
        }
        return new BoundedBytes(buf, len, len > limit);
    }
}
