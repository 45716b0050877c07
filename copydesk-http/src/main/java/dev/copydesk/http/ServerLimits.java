package dev.copydesk.http;

import java.time.Duration;

/**
 * What one client may take from a {@link CopydeskServer}, so that clients that never read their
 * responses, or trickle their uploads, cannot exhaust its memory or its threads and every other
 * client, {@code /api/health} included, is still answered.
 *
 * @param maxConnections     open connections at once; past that the server stops accepting until one closes
 * @param maxThreads         threads that run requests; requests beyond them wait in a queue as long as
 *                           {@code maxConnections}, and past that their connection is closed
 * @param stallTimeout       how long a read or a write may make no progress, and how long an idle
 *                           connection is kept, before the connection is closed
 * @param minDataRate        the slowest a request body may arrive or a response be read, in bytes per
 *                           second over the whole transfer; slower ones are cut off
 * @param maxArticleResponses whole articles ({@code GET /api/articles/{id}}) being read from the index and
 *                           sent at once, a long one ({@link #LARGE_RESPONSE_BYTES} and more) until its last
 *                           byte is written; more get 503 with {@code Retry-After}
 * @param maxUploads         {@code POST /api/articles} requests in progress at once; more get 503
 */
public record ServerLimits(int maxConnections, int maxThreads, Duration stallTimeout, long minDataRate,
                           int maxArticleResponses, int maxUploads) {
    /** An article at least this large holds its place among {@link #maxArticleResponses()} until it is written. */
    public static final int LARGE_RESPONSE_BYTES = 256 * 1024;
    /** Bytes of a response Jetty buffers before it writes them to the connection. */
    public static final int OUTPUT_BUFFER_BYTES = 32 * 1024;
    public static final int DEFAULT_MAX_CONNECTIONS = 512;
    public static final int DEFAULT_MAX_THREADS = 64;
    public static final Duration DEFAULT_STALL_TIMEOUT = Duration.ofSeconds(30);
    public static final long DEFAULT_MIN_DATA_RATE = 4096;
    public static final int DEFAULT_MAX_ARTICLE_RESPONSES = 16;
    public static final int DEFAULT_MAX_UPLOADS = 4;
    /** Jetty needs a few threads of its own to accept connections and watch them. */
    static final int MIN_THREADS = 8;

    public ServerLimits {
        if (maxConnections < 1) {
            throw new IllegalArgumentException("maxConnections must be at least 1, was " + maxConnections);
        }
        if (maxThreads < MIN_THREADS) {
            throw new IllegalArgumentException("maxThreads must be at least " + MIN_THREADS + ", was " + maxThreads);
        }
        if (stallTimeout == null || stallTimeout.toMillis() < 1) {
            throw new IllegalArgumentException("stallTimeout must be at least 1 ms, was " + stallTimeout);
        }
        if (minDataRate < 0) {
            throw new IllegalArgumentException("minDataRate must be 0 (none) or more bytes per second, was " + minDataRate);
        }
        if (maxArticleResponses < 1) {
            throw new IllegalArgumentException("maxArticleResponses must be at least 1, was " + maxArticleResponses);
        }
        if (maxUploads < 1) {
            throw new IllegalArgumentException("maxUploads must be at least 1, was " + maxUploads);
        }
    }

    /** 512 connections, 64 threads, 30 s stall timeout, 4 KiB/s, 16 articles and 4 uploads at once. */
    public static ServerLimits defaults() {
        return new ServerLimits(DEFAULT_MAX_CONNECTIONS, DEFAULT_MAX_THREADS, DEFAULT_STALL_TIMEOUT, DEFAULT_MIN_DATA_RATE,
                DEFAULT_MAX_ARTICLE_RESPONSES, DEFAULT_MAX_UPLOADS);
    }

    public ServerLimits withMaxConnections(int v) {
        return new ServerLimits(v, maxThreads, stallTimeout, minDataRate, maxArticleResponses, maxUploads);
    }

    public ServerLimits withMaxThreads(int v) {
        return new ServerLimits(maxConnections, v, stallTimeout, minDataRate, maxArticleResponses, maxUploads);
    }

    public ServerLimits withStallTimeout(Duration v) {
        return new ServerLimits(maxConnections, maxThreads, v, minDataRate, maxArticleResponses, maxUploads);
    }

    public ServerLimits withMinDataRate(long v) {
        return new ServerLimits(maxConnections, maxThreads, stallTimeout, v, maxArticleResponses, maxUploads);
    }

    public ServerLimits withMaxArticleResponses(int v) {
        return new ServerLimits(maxConnections, maxThreads, stallTimeout, minDataRate, v, maxUploads);
    }

    public ServerLimits withMaxUploads(int v) {
        return new ServerLimits(maxConnections, maxThreads, stallTimeout, minDataRate, maxArticleResponses, v);
    }
}
