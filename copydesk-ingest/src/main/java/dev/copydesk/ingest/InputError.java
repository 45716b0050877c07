package dev.copydesk.ingest;

/**
 * An input (or one record of it) that could not be read. The run goes on.
 *
 * @param source  the input as given, as in {@link RawInput#source()}
 * @param message one line saying what is wrong, e.g. "binary file (not text, HTML, WARC or JSON Lines)"
 */
public record InputError(String source, String message) {
    @Override
    public String toString() {
        return source + ": " + message;
    }
}
