package dev.copydesk.core;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class OffsetMapTest {
    @Test
    void mapsSegmentsBackToTheOriginal() {
        String original = "NOISE\nFirst para.\nJUNK\nSecond para.";
        String derived = "First para.\n\nSecond para.";
        OffsetMap m = OffsetMap.builder().segment(0, 6, 11).segment(13, 23, 12).build();
        assertEquals(6, m.toOriginal(0));
        assertEquals(original.indexOf("Second"), m.toOriginal(derived.indexOf("Second")));
        assertEquals(original.length(), m.toOriginal(derived.length()));
        // an offset inside the inserted separator maps to the end of the preceding segment
        assertEquals(17, m.toOriginal(12));
        for (int i = 0; i < derived.length(); i++) {
            if (i != 11 && i != 12) {
                assertEquals(derived.charAt(i), original.charAt(m.toOriginal(i)), "offset " + i);
            }
        }
    }

    @Test
    void identityMapsEveryOffsetToItself() {
        assertEquals(12345, OffsetMap.identity().toOriginal(12345));
    }

    @Test
    void segmentsMustNotGoBackwards() {
        OffsetMap.Builder b = OffsetMap.builder().segment(10, 0, 5);
        assertThrows(IllegalArgumentException.class, () -> b.segment(12, 20, 3));
    }
}
