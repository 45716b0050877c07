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
        for (String option : new String[] {"--index", "--port", "--host", "--ingest-token", "COPYDESK_INGEST_TOKEN", "127.0.0.1", "7070",
            "--allow-host", "--max-connections", "--stall-timeout", "421", "rebinding"}) {
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
        Cli port = Cli.run("serve", "--index", dir.toString(), "--allow-host", "desk.example:8080");
        assertEquals(2, port.code());
        assertTrue(port.err().contains("'desk.example:8080'") && port.err().contains("without a port"), port.err());
        Cli wildcard = Cli.run("serve", "--index", dir.toString(), "--allow-host", "*");
        assertEquals(2, wildcard.code());
        assertTrue(wildcard.err().contains("'*' is not a host name"), wildcard.err());
        Cli stall = Cli.run("serve", "--index", dir.toString(), "--stall-timeout", "0");
        assertEquals(2, stall.code());
        assertTrue(stall.err().contains("--stall-timeout"), stall.err());
        Cli connections = Cli.run("serve", "--index", dir.toString(), "--max-connections", "0");
        assertEquals(2, connections.code());
        assertTrue(connections.err().contains("--max-connections must be at least 1"), connections.err());
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
