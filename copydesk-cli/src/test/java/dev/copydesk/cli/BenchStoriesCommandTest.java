package dev.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BenchStoriesCommandTest {
    @Test
    void printsOneRowPerSizeAndTheGrowth() {
        EvalCommandTest.Run r = EvalCommandTest.run("bench", "stories", "--sizes", "20,60", "-q");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Linking speed (Linker: stories and duplicates"), r.out());
        assertTrue(r.out().contains("all sizes in this JVM; time per article, largest size over smallest: "), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("\\s+20\\s.*\\s8\\s.*")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("\\s+60\\s.*\\s24\\s.*")), r.out());
        assertEquals("", r.err());
    }

    @Test
    void eachSizeCanRunInAJvmOfItsOwn() {
        EvalCommandTest.Run r = EvalCommandTest.run("bench", "stories", "--sizes", "15", "--heap", "256m", "-q");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("each size in a JVM of its own"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("\\s+15\\s.*\\s6\\s.*\\s256")), r.out());
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertEquals(2, EvalCommandTest.run("bench", "stories", "--sizes", "0").code());
        assertEquals(2, EvalCommandTest.run("bench", "stories", "--heap", "lots").code());
    }
}
