package dev.copydesk.http;

import java.nio.channels.ClosedChannelException;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.io.EofException;

/**
 * Tells a request that failed because of its client (it stopped reading or sending past the stall
 * timeout, moved data too slowly, or closed the connection) from a fault of the server, so the former
 * is not logged as an error.
 */
final class ClientFailure {
    private ClientFailure() {
    }

    /** Whether {@code e}, or anything that caused it, is a client's stall, slowness or hang-up. */
    static boolean causes(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof EofException || t instanceof TimeoutException || t instanceof ClosedChannelException
                    || t instanceof BadMessageException bad && bad.getCode() == 408) {
                return true;
            }
        }
        return false;
    }
}
