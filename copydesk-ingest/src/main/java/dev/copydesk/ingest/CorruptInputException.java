package dev.copydesk.ingest;

import java.io.IOException;

/**
 * Thrown by Copydesk's own stream wrappers when the bytes of an input are damaged beyond repair (a
 * truncated or corrupt gzip stream). Its message is the one-line error shown to the user. Readers stop
 * the input on it: nothing after the damage can be trusted.
 */
final class CorruptInputException extends IOException {
    private static final long serialVersionUID = 1L;

    CorruptInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
