package dev.copydesk.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.concurrent.Semaphore;

/**
 * Lets at most a fixed number of one kind of request run at once, so that clients holding them open
 * (not reading a long article, trickling an upload) tie up a bounded share of the server's threads and
 * memory. One request too many is answered 503 {@code busy} at once, with {@code Retry-After} and its
 * connection closed, rather than queued. Thread-safe.
 */
final class RequestGate {
    private final Semaphore permits;
    private final int size;
    private final String what;

    /** At most {@code size} requests of {@code what} (plural, as the error message says it) at once. */
    RequestGate(int size, String what) {
        this.permits = new Semaphore(size);
        this.size = size;
        this.what = what;
    }

    /** {@code handler} run within this gate. */
    Handler guard(Handler handler) {
        return ctx -> {
            enter(ctx);
            try {
                handler.handle(ctx);
            } finally {
                leave();
            }
        };
    }

    /** Takes a place, or throws the 503 for {@code ctx}; a caller that got one must {@link #leave()}. */
    void enter(Context ctx) {
        if (!permits.tryAcquire()) {
            ctx.header("Retry-After", "1");
            ctx.header("Connection", "close");
            throw new ApiException(503, "busy", "the server is already sending or taking " + size + " " + what
                    + ", the most it does at once; try again in a moment");
        }
    }

    void leave() {
        permits.release();
    }

    /** Places free now. */
    int available() {
        return permits.availablePermits();
    }
}
