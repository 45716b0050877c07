package dev.copydesk.cli;

import java.util.concurrent.atomic.AtomicInteger;

/** A thread-safe count. */
final class Counter {
    private final AtomicInteger n = new AtomicInteger();

    void increment() {
        n.incrementAndGet();
    }

    int value() {
        return n.get();
    }
}
