package dev.copydesk.ingest;

import java.util.Objects;

/**
 * Passes one input's articles and errors to an {@link InputSink}, keeping each error to one line and
 * capping how many are passed on; the rest are counted and reported by {@link #finish()}. Not
 * thread-safe: one reporter serves one input on the reading thread.
 */
final class Reporter {
    /** Longest error line passed on; longer ones are cut with an ellipsis. */
    static final int MAX_MESSAGE_CHARS = 300;

    private final InputSink sink;
    private final String source;
    private final int maxErrors;
    private int errors;
    private int suppressed;

    Reporter(InputSink sink, String source, int maxErrors) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.source = Objects.requireNonNull(source, "source");
        this.maxErrors = maxErrors;
    }

    /** The input as given, e.g. a path or {@code -}. */
    String source() {
        return source;
    }

    /** The source of the n-th record of this input: {@code source#n}. */
    String recordSource(long ordinal) {
        return source + "#" + ordinal;
    }

    void accept(RawInput input) {
        sink.accept(input);
    }

    void error(String message) {
        if (errors < maxErrors) {
            errors++;
            sink.error(new InputError(source, oneLine(message)));
        } else {
            suppressed++;
        }
    }

    /** Reports how many errors were not passed on, if any. Call once, when the input is done. */
    void finish() {
        if (suppressed > 0) {
            sink.error(new InputError(source, suppressed + " more " + (suppressed == 1 ? "error" : "errors")
                    + " in this input not shown"));
            suppressed = 0;
        }
    }

    /** {@code message} on one line, whitespace runs collapsed, capped at {@link #MAX_MESSAGE_CHARS}. */
    static String oneLine(String message) {
        String flat = (message == null ? "unknown error" : message).replaceAll("\\s+", " ").strip();
        if (flat.isEmpty()) {
            return "unknown error";
        }
        return flat.length() <= MAX_MESSAGE_CHARS ? flat : flat.substring(0, MAX_MESSAGE_CHARS - 1) + "…";
    }
}
