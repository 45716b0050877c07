package dev.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {
    @TempDir
    Path dir;

    @Test
    void helpNamesTheOptions() {
        Cli r = Cli.run("serve", "--help");
        assertEquals(0, r.code());
        for (String option : new String[] {"--index", "--port", "--host", "--ingest-token", "COPYDESK_INGEST_TOKEN", "127.0.0.1", "7070"}) {
            assertTrue(r.out().contains(option), option + " in\n" + r.out());
        }
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertEquals(2, Cli.run("serve", "--port", "70000", "--index", dir.toString()).code());
        assertEquals(2, Cli.run("serve", "--port", "web").code());
        Cli shortToken = Cli.run("serve", "--index", dir.toString(), "--ingest-token", "short");
        assertEquals(2, shortToken.code());
        assertTrue(shortToken.err().contains("at least 16"), shortToken.err());
    }

    @Test
    void aMissingIndexIsNamed() {
        Path missing = dir.resolve("nothing-here");
        Cli r = Cli.run("serve", "--index", missing.toString(), "--port", "0");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("no index at " + missing), r.err());
        assertTrue(r.err().contains("copydesk ingest"), r.err());
    }
}
