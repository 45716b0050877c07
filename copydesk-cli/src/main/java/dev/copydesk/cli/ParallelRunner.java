package dev.copydesk.cli;

import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Applies a function to items on several threads and hands the results to a consumer in submission
 * order. At most a small window of items is in flight, so memory stays bounded however long the
 * input. Not thread-safe: one thread submits.
 */
final class ParallelRunner<I, O> implements AutoCloseable {
    private final ExecutorService pool;
    private final Function<I, O> work;
    private final Consumer<O> sink;
    private final ArrayDeque<Future<O>> inFlight = new ArrayDeque<>();
    private final int window;

    ParallelRunner(int threads, Function<I, O> work, Consumer<O> sink) {
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "copydesk-worker");
            t.setDaemon(true);
            return t;
        });
        this.work = work;
        this.sink = sink;
        this.window = threads * 4;
    }

    void submit(I item) {
        inFlight.add(pool.submit(() -> work.apply(item)));
        while (inFlight.size() > window) {
            drainOne();
        }
    }

    /** Waits for every submitted item and hands its result on. */
    void finish() {
        while (!inFlight.isEmpty()) {
            drainOne();
        }
    }

    private void drainOne() {
        Future<O> f = inFlight.poll();
        try {
            sink.accept(f.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
