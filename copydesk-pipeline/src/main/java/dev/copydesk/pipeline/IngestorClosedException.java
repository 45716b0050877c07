package dev.copydesk.pipeline;

/** An article arrived after its {@link Ingestor} was closed (say by an interrupt); it was not stored. */
public final class IngestorClosedException extends IllegalStateException {
    public IngestorClosedException(String message) {
        super(message);
    }
}
