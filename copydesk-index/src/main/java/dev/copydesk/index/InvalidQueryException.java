package dev.copydesk.index;

/** A query the index cannot run: bad syntax, a bad date, an out-of-range page. The message says why. */
public final class InvalidQueryException extends IllegalArgumentException {
    public InvalidQueryException(String message, Throwable cause) {
        super(message, cause);
    }

    public InvalidQueryException(String message) {
        super(message);
    }
}
