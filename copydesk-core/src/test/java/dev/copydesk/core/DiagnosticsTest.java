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
    void abbreviatingNeverCutsASurrogatePair() {
        for (int pad = 0; pad < 4; pad++) {
            String detail = Diagnostic.removed("s", "c", "x".repeat(pad) + "😀".repeat(500)).detail();
            char last = detail.charAt(detail.length() - 2);
            assertFalse(Character.isHighSurrogate(last), "pad " + pad + " ends in a lone high surrogate");
            assertTrue(detail.length() <= Diagnostic.MAX_DETAIL && detail.endsWith("…"));
        }
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
