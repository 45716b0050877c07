package dev.copydesk.pipeline;

/** How many articles an {@link Ingestor} added, replaced, found unchanged and failed. */
public record IngestCounts(long added, long replaced, long unchanged, long failed) {
}
