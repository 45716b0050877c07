package dev.copydesk.ingest;

/**
 * Bounds that keep reading safe on any input: how big one article may be and how many error lines one
 * input may produce. Immutable and thread-safe.
 *
 * <p>The article limit applies to one article's bytes as read (after gzip and HTTP content decoding):
 * a plain-text or HTML file, one WARC record's HTML payload, one JSON Lines line, or standard input
 * read as a single article. WARC and JSON Lines containers are streamed, so they may be of any size.
 *
 * @param maxArticleBytes   largest article accepted, in bytes; larger ones are refused with an error
 *                          naming the size and this limit. Default {@link #DEFAULT_MAX_ARTICLE_BYTES}
 *                          (64 MiB); at most {@link #MAX_ARTICLE_BYTES_CEILING}
 * @param maxErrorsPerInput error lines reported per input file (or standard input); past it errors are
 *                          counted and reported as one closing line. Default
 *                          {@link #DEFAULT_MAX_ERRORS_PER_INPUT}
 */
public record ReadLimits(long maxArticleBytes, int maxErrorsPerInput) {
    /** Default largest article: 64 MiB. */
    public static final long DEFAULT_MAX_ARTICLE_BYTES = 64L * 1024 * 1024;
    /** Default number of error lines per input. */
    public static final int DEFAULT_MAX_ERRORS_PER_INPUT = 100;
    /** Largest allowed {@link #maxArticleBytes()}: a Java array cannot hold more. */
    public static final long MAX_ARTICLE_BYTES_CEILING = Integer.MAX_VALUE - 8;

    private static final ReadLimits DEFAULTS = new ReadLimits(DEFAULT_MAX_ARTICLE_BYTES, DEFAULT_MAX_ERRORS_PER_INPUT);

    /**
     * @throws IllegalArgumentException naming the parameter when a limit is zero, negative or too big
     */
    public ReadLimits {
        if (maxArticleBytes <= 0) {
            throw new IllegalArgumentException("maxArticleBytes must be > 0, was " + maxArticleBytes);
        }
        if (maxArticleBytes > MAX_ARTICLE_BYTES_CEILING) {
            throw new IllegalArgumentException("maxArticleBytes must be <= " + MAX_ARTICLE_BYTES_CEILING + ", was "
                    + maxArticleBytes);
        }
        if (maxErrorsPerInput <= 0) {
            throw new IllegalArgumentException("maxErrorsPerInput must be > 0, was " + maxErrorsPerInput);
        }
    }

    /** The default limits: 64 MiB per article, 100 error lines per input. */
    public static ReadLimits defaults() {
        return DEFAULTS;
    }

    /** These limits with another {@link #maxArticleBytes()}. */
    public ReadLimits withMaxArticleBytes(long bytes) {
        return new ReadLimits(bytes, maxErrorsPerInput);
    }

    /** These limits with another {@link #maxErrorsPerInput()}. */
    public ReadLimits withMaxErrorsPerInput(int errors) {
        return new ReadLimits(maxArticleBytes, errors);
    }

    /** The article limit for messages, e.g. {@code "64 MB"}. */
    String describeArticleLimit() {
        return Sizes.describeLimit(maxArticleBytes);
    }
}
