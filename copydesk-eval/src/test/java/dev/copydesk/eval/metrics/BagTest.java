package dev.copydesk.eval.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BagTest {
    @Test
    void countsRepeats() {
        Bag bag = Bag.of(List.of("a", "b", "a", "a"));
        assertEquals(3, bag.count("a"));
        assertEquals(1, bag.count("b"));
        assertEquals(0, bag.count("c"));
        assertEquals(4, bag.size());
        assertEquals(2, bag.distinct());
    }

    @Test
    void overlapTakesTheSmallerCountOfEachItem() {
        Bag x = Bag.of(List.of("a", "a", "a", "b", "c"));
        Bag y = Bag.of(List.of("a", "b", "b", "d"));
        assertEquals(2, x.overlap(y)); // a: min(3,1) + b: min(1,2)
        assertEquals(2, y.overlap(x));
        assertEquals(0, x.overlap(Bag.of(List.of())));
    }
}
