package dev.copydesk.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.copydesk.index.SearchHit;
import org.junit.jupiter.api.Test;

class ViewsTest {
    static Views.Hit hit(String snippet) {
        return Views.hit(new SearchHit("id", "t", "s", null, null, 1f, snippet));
    }

    @Test
    void marksBecomeRangesIntoPlainText() {
        Views.Hit h = hit("the \uE000reservists\uE001 said <b>\uE000pay\uE001</b>");
        assertEquals("the reservists said <b>pay</b>", h.snippet());
        assertEquals(2, h.highlights().size());
        assertArrayEquals(new int[] {4, 14}, h.highlights().get(0));
        assertArrayEquals(new int[] {23, 26}, h.highlights().get(1));
    }

    @Test
    void unbalancedAndEmptyMarksAreDropped() {
        Views.Hit h = hit("\uE001a \uE000\uE001b \uE000c");
        assertEquals("a b c", h.snippet());
        assertEquals(0, h.highlights().size());
        assertEquals("", hit(null).snippet());
    }
}
