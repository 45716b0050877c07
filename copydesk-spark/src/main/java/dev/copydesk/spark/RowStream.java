package dev.copydesk.spark;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Turns a producer that pushes items (as {@link dev.copydesk.ingest.Inputs} pushes articles to a sink) into
 * the iterator a Spark task returns: the producer runs on its own thread and hands items over through a
 * small bounded queue, so a WARC or JSON Lines file with thousands of articles never sits whole in memory.
 *
 * <p>Producers run on this JVM's pool of reading threads, each with an 8 MB stack, as the command line gives
 * its threads (language models recurse deeply); a thread is kept for the next stream once its producer ends, so
 * what the analysis caches per thread survives from one task to the next. {@link #close} (called when the task ends, however it ends) stops a producer still
 * running: its next hand-over throws. An exception the producer throws is rethrown by {@link #hasNext}.
 * One consumer thread; the producer runs on a pooled thread of its own for the stream's life.
 */
final class RowStream<T> implements Iterator<T>, AutoCloseable {
    private static final long STACK_BYTES = 8L << 20;
    private static final Object END = new Object();

    /** Thrown into the producer to stop it once the stream is closed; a producer must let it through. */
    static final class Closed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Closed() {
            super("the stream was closed", null, false, false);
        }
    }

    /** The reading threads: as many as streams run at once, each kept a minute after its last stream. */
    private static final ExecutorService PRODUCERS = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
            new SynchronousQueue<>(), new ThreadFactory() {
                private final AtomicInteger count = new AtomicInteger();

                @Override
                public Thread newThread(Runnable r) {
                    Thread t = new Thread(null, r, "copydesk-read-" + count.incrementAndGet(), STACK_BYTES);
                    t.setDaemon(true);
                    return t;
                }
            });

    private final BlockingQueue<Object> queue;
    private final Runnable body;
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile boolean closed;
    private volatile Throwable failure;
    private Object next;

    private RowStream(String name, Consumer<Consumer<T>> producer, int capacity) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.body = () -> {
            Thread self = Thread.currentThread();
            String pooledName = self.getName();
            self.setName(pooledName + " " + name);
            try {
                run(producer);
            } finally {
                self.setName(pooledName);
                ended.countDown();
            }
        };
    }

    private void run(Consumer<Consumer<T>> producer) {
        try {
            producer.accept(this::put);
        } catch (Closed e) {
            return;
        } catch (Throwable t) {
            failure = t;
        }
        try {
            hand(END);
        } catch (Closed e) {
            // nobody is reading any more
        }
    }

    /** Starts {@code producer} on a reading thread, named {@code name} meanwhile, at most {@code capacity} items ahead. */
    static <T> RowStream<T> start(String name, Consumer<Consumer<T>> producer, int capacity) {
        RowStream<T> s = new RowStream<>(name, producer, capacity);
        PRODUCERS.execute(s.body);
        return s;
    }

    private void put(T item) {
        hand(item);
    }

    private void hand(Object item) {
        try {
            while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                if (closed) {
                    throw new Closed();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Closed();
        }
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw new IllegalStateException("interrupted while waiting for the next row", e);
            }
        }
        if (next == END) {
            Throwable t = failure;
            if (t != null) {
                failure = null;
                if (t instanceof RuntimeException r) {
                    throw r;
                }
                if (t instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(t);
            }
            return false;
        }
        return true;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T item = (T) next;
        next = null;
        return item;
    }

    /** Stops the producer if it is still running; items not yet read are dropped. */
    @Override
    public void close() {
        closed = true;
        queue.clear();
    }

    /** Whether the producer has ended (for tests). */
    boolean producerEnded(long millis) throws InterruptedException {
        return ended.await(millis, TimeUnit.MILLISECONDS);
    }
}
