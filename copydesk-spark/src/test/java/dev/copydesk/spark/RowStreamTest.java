package dev.copydesk.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RowStreamTest {
    @Test
    void aReadingThreadIsKeptForTheNextStreamAndNamedAfterEach() throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String name : List.of("first", "second")) {
            RowStream<String> s = RowStream.start(name, out -> {
                threads.add(Thread.currentThread());
                out.accept(Thread.currentThread().getName());
            }, 2);
            names.add(s.next());
            assertFalse(s.hasNext());
            assertTrue(s.producerEnded(5000));
            Thread.sleep(200); // the thread goes back to the pool
        }
        assertTrue(names.get(0).endsWith(" first") && names.get(1).endsWith(" second"), names.toString());
        assertEquals(threads.get(0), threads.get(1), "the second stream ran on the first one's thread");
        assertFalse(threads.get(0).getName().contains("second"), "the name is given back: " + threads.get(0).getName());
    }

    @Test
    void itemsArriveInOrderWhileTheProducerStaysAFewAhead() throws InterruptedException {
        AtomicInteger produced = new AtomicInteger();
        RowStream<Integer> s = RowStream.start("test", out -> {
            for (int i = 0; i < 1000; i++) {
                out.accept(i);
                produced.incrementAndGet();
            }
        }, 4);
        assertTrue(s.hasNext());
        Thread.sleep(200);
        assertTrue(produced.get() <= 6, "a bounded hand-over: the producer waits, " + produced.get() + " produced");
        List<Integer> got = new ArrayList<>();
        s.forEachRemaining(got::add);
        assertEquals(1000, got.size());
        for (int i = 0; i < got.size(); i++) {
            assertEquals(i, got.get(i));
        }
        assertFalse(s.hasNext());
        assertTrue(s.producerEnded(5000));
    }

    @Test
    void closingStopsAProducerThatIsStillRunning() throws InterruptedException {
        RowStream<Integer> s = RowStream.start("test", out -> {
            for (int i = 0; ; i++) {
                out.accept(i);
            }
        }, 2);
        assertEquals(0, s.next());
        s.close();
        assertTrue(s.producerEnded(5000), "the endless producer stopped");
    }

    @Test
    void aProducersExceptionReachesTheConsumerAfterItsItems() {
        RowStream<String> s = RowStream.start("test", out -> {
            out.accept("one");
            throw new IllegalStateException("disk on fire");
        }, 2);
        assertEquals("one", s.next());
        IllegalStateException e = assertThrows(IllegalStateException.class, s::hasNext);
        assertEquals("disk on fire", e.getMessage());
    }

    @Test
    void theProducerRunsWithAnEightMegabyteStack() {
        RowStream<Integer> s = RowStream.start("test", out -> out.accept(depth(0)), 1);
        assertTrue(s.next() > 20_000, "deep recursion fits");
    }

    private static int depth(int n) {
        return n >= 50_000 ? n : depth(n + 1);
    }
}
