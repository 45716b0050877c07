package dev.copydesk.core;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class DiagnosticsTest {
    @Test
    void capsKeptItemsAndCountsTheRest() {
        Diagnostics.Builder b = Diagnostics.builder(3);
        for (int i = 0; i < 10; i++) {
            b.removed("s", "c" + i, "x");
        }
        Diagnostics d = b.build();
        assertEquals(3, d.items().size());
        assertEquals(7, d.dropped());
        assertEquals("c0", d.items().get(0).code());
    }

    @Test
    void detailIsFlattenedAndAbbreviated() {
        Diagnostic d = Diagnostic.removed("s", "c", "a\n\n b" + "x".repeat(500));
        assertTrue(d.detail().startsWith("a b"));
        assertEquals(Diagnostic.MAX_DETAIL, d.detail().length());
    }

    @Test
    void plusKeepsOrderAndCap() {
        Diagnostics a = Diagnostics.builder().error("s", "e", "boom").build();
        Diagnostics b = Diagnostics.builder().warning("t", "w", "hm").build();
        Diagnostics c = a.plus(b);
        assertEquals(2, c.items().size());
        assertTrue(c.hasErrors());
        assertFalse(b.hasErrors());
        assertTrue(Diagnostics.empty().isEmpty());
    }
}
