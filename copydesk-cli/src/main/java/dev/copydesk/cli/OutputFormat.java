package dev.copydesk.cli;

/** How articles are written on standard output. */
enum OutputFormat {
    /** One JSON object per line, in the published schema. */
    jsonl,
    /** A readable rendering for humans. */
    text
}
