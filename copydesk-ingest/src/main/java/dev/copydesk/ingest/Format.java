package dev.copydesk.ingest;

/** What an input holds, as told by its name or its first bytes. */
enum Format {
    /** gzip-compressed; the decompressed content decides the format. */
    GZIP,
    /** A WARC file: many records, streamed. */
    WARC,
    /** An ARC file (the Internet Archive's format before WARC, starting {@code filedesc://}): streamed. */
    ARC,
    /** JSON Lines: one article per line, streamed. */
    JSONL,
    /** One HTML page. */
    HTML,
    /** One plain-text article. */
    TEXT,
    /** Neither text nor any container Copydesk reads. */
    BINARY
}
