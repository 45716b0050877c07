package dev.copydesk.link.story;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class InvertedIndexTest {
    @Test
    void listsEachStoryOnceAndDropsATermThatGrowsPastTheBound() {
        InvertedIndex index = new InvertedIndex(3);
        index.add(5, 1);
        index.add(5, 2);
        index.add(5, 1);
        assertEquals(2, index.size(5));
        assertArrayEquals(new int[] {1, 2}, Arrays.copyOf(index.postings(5), index.size(5)));
        index.add(5, 3);
        assertEquals(3, index.size(5));
        index.add(5, 4);
        assertEquals(0, index.size(5), "saturated");
        index.add(5, 6);
        assertEquals(0, index.size(5), "never refilled");
        assertEquals(0, index.size(1_000_000));
        index.add(2_000, 9);
        assertEquals(1, index.size(2_000));
    }
}
