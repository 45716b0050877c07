package dev.copydesk.index;

import java.io.IOException;

/** The index is open for writing elsewhere (another process, or another instance in this one). The message names the directory. */
public final class IndexLockedException extends IOException {
    public IndexLockedException(String message, Throwable cause) {
        super(message, cause);
    }
}
