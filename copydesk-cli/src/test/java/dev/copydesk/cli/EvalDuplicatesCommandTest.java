package dev.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalDuplicatesCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsPairScoresAndOneRowPerEdit() throws Exception {
        StringBuilder jsonl = new StringBuilder();
        String[] events = {StoriesCommandTest.FLOOD, StoriesCommandTest.STRIKE};
        for (int i = 0; i < events.length; i++) {
            jsonl.append(CleanCommandTest.M.writeValueAsString(java.util.Map.of("id", "o" + i, "title", "Event " + i,
                    "text", events[i], "cluster", "c" + i))).append('\n');
        }
        Path file = dir.resolve("originals.jsonl");
        EvalCommandTest.write(file, jsonl.toString());
        EvalCommandTest.Run r = EvalCommandTest.run("eval", "duplicates", file.toString(), "--seed", "4");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Duplicate detection on 2 distinct originals from " + file), r.out());
        assertTrue(r.out().contains("pair P  pair R  pair F1"), r.out());
        assertTrue(r.out().contains("excerpt (not a copy)"), r.out());
        assertEquals(r.out(), EvalCommandTest.run("eval", "duplicates", file.toString(), "--seed", "4").out());
    }

    @Test
    void aMissingOrEmptyInputExitsWithOne() throws Exception {
        EvalCommandTest.Run missing = EvalCommandTest.run("eval", "duplicates", dir.resolve("nope.jsonl").toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().startsWith("copydesk: "), missing.err());
        Path empty = dir.resolve("empty.jsonl");
        EvalCommandTest.write(empty, "\n");
        EvalCommandTest.Run none = EvalCommandTest.run("eval", "duplicates", empty.toString());
        assertEquals(1, none.code());
        assertEquals("copydesk: no articles in " + empty + "\n", none.err());
    }
}
