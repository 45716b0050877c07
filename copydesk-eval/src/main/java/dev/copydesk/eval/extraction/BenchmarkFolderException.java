package dev.copydesk.eval.extraction;

import java.io.IOException;

/** A folder is missing or is not laid out as the benchmark expects; the message says what is wrong. */
public final class BenchmarkFolderException extends IOException {
    public BenchmarkFolderException(String message) {
        super(message);
    }

    public BenchmarkFolderException(String message, Throwable cause) {
        super(message, cause);
    }
}
