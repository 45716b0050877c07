package dev.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed input never leaves exit code 0: each command names it on standard error and exits 1. */
class ExitCodeTest {
    @TempDir
    Path dir;

    String missing() {
        return dir.resolve("does-not-exist") + "/";
    }

    @Test
    void cleanOfAMissingPathExits1() {
        Cli r = Cli.run("clean", "-q", missing());
        assertEquals(1, r.code(), r.err());
        assertEquals("", r.out());
        assertEquals("copydesk: " + missing() + ": no such file or directory\n"
                + "copydesk: 1 input or record failed (see above); 0 articles written\n", r.err().replace("\r\n", "\n"));
    }

    @Test
    void analyzeOfAMissingPathExits1() {
        Cli r = Cli.run("analyze", "-q", missing());
        assertEquals(1, r.code(), r.err());
        assertEquals("", r.out());
        assertEquals("copydesk: " + missing() + ": no such file or directory\n"
                + "copydesk: 1 input or record failed (see above); 0 articles written\n", r.err().replace("\r\n", "\n"));
    }

    @Test
    void ingestOfAMissingPathExits1() {
        Path index = dir.resolve("index");
        Cli r = Cli.run("ingest", "-q", missing(), "--index", index.toString());
        assertEquals(1, r.code(), r.err());
        assertEquals("copydesk: " + missing() + ": no such file or directory\n", r.err().replace("\r\n", "\n"));
        assertTrue(r.out().startsWith("0 added, 0 replaced, 0 unchanged, 1 failed; the index at " + index), r.out());
    }

    @Test
    void aMissingPathAmongGoodOnesStillExits1() throws Exception {
        Path good = dir.resolve("good.txt");
        java.nio.file.Files.writeString(good, CleanCommandTest.ARTICLE);
        Cli r = Cli.run("clean", "-q", good.toString(), missing());
        assertEquals(1, r.code(), r.err());
        assertEquals(1, CleanCommandTest.lines(r.out()).size());
        assertTrue(r.err().endsWith("1 input or record failed (see above); 1 article written\n"), r.err());
    }
}
