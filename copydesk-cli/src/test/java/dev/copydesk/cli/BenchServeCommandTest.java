package dev.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchServeCommandTest {
    @TempDir
    Path dir;

    @Test
    void loadsAServerOverAnIndex() throws Exception {
        Path in = dir.resolve("school.txt");
        Files.writeString(in, IngestSearchCommandTest.SCHOOL);
        String index = dir.resolve("index").toString();
        assertEquals(0, Cli.run("ingest", "-q", "--index", index, in.toString()).code());

        Cli r = Cli.run("bench", "serve", "--index", index, "--seconds", "1", "--rounds", "2", "--threads", "2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("bench serve: 1 article,"), r.out());
        assertTrue(r.out().contains(" (0 errors), 2 threads, 2 rounds of 0.5 s;"), r.out());
        assertTrue(r.out().contains("\nrequests/s "), r.out());
        assertTrue(r.out().contains("\np99 ms "), r.out());
    }

    @Test
    void usage() {
        assertEquals(2, Cli.run("bench", "serve", "--seconds", "0").code());
        assertEquals(2, Cli.run("bench", "serve", "--threads", "0").code());
        assertEquals(2, Cli.run("bench", "serve", "--rounds", "0").code());
        assertEquals(2, Cli.run("bench", "serve", "--seconds", "1", "--rounds", "6").code());
        Cli missing = Cli.run("bench", "serve", "--index", dir.resolve("none").toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("copydesk ingest"), missing.err());
    }
}
