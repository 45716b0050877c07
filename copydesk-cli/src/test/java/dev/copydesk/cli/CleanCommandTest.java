package dev.copydesk.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CleanCommandTest {
    static final ObjectMapper M = new ObjectMapper();

    static final String ARTICLE = String.join("\n\n",
            "Council approves new harbour wall after winter storms",
            "We use your sign-up to provide content in ways you've consented to and to improve our understanding of you. You can unsubscribe at any time. More info",
            "The county council has approved plans for a new harbour wall in Porthleven after a winter of storms that flooded dozens of homes along the seafront.",
            "Councillor Mary Jenkins said the wall would protect the harbour for the next fifty years, and that work would start in the spring.",
            "Residents had campaigned for the repairs since the storms of last February, when waves broke through the old wall twice in one week.",
            "Source: Read Full Article");

    @TempDir
    Path dir;

    static List<JsonNode> lines(String out) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String l : out.split("\n")) {
            if (!l.isBlank()) {
                nodes.add(M.readTree(l));
            }
        }
        return nodes;
    }

    @Test
    void cleansATextFileIntoOneJsonLine() throws Exception {
        Path f = dir.resolve("harbour.txt");
        Files.writeString(f, ARTICLE);
        Cli r = Cli.run("clean", f.toString());
        assertEquals(0, r.code(), r.err());
        List<JsonNode> out = lines(r.out());
        assertEquals(1, out.size());
        JsonNode a = out.get(0);
        assertEquals(f.toString(), a.get("source").asText());
        assertTrue(a.get("text").asText().contains("Councillor Mary Jenkins said"));
        assertFalse(a.get("text").asText().contains("unsubscribe"));
        assertFalse(a.get("text").asText().contains("Read Full Article"));
        assertEquals("en", a.get("language").asText());
        assertTrue(a.get("published").isNull());
    }

    @Test
    void badInputsGetOneErrorLineEachAndTheRunGoesOn() throws Exception {
        Path good = dir.resolve("a-good.txt");
        Files.writeString(good, ARTICLE);
        Path empty = dir.resolve("b-empty.txt");
        Files.write(empty, new byte[0]);
        Path binary = dir.resolve("c-binary.txt");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1, 2, 3, 0, 0, 0, 0});
        Path good2 = dir.resolve("d-good.html");
        Files.writeString(good2, "<html><head><title>Harbour</title></head><body><article><p>"
                + ARTICLE.substring(ARTICLE.indexOf("The county")).replace("\n\n", "</p><p>") + "</p></article></body></html>");
        Cli r = Cli.run("clean", dir.toString(), dir.resolve("missing.txt").toString());
        assertEquals(1, r.code());
        assertEquals(2, lines(r.out()).size(), "both good files are written");
        String[] errs = r.err().strip().split("\n");
        assertTrue(r.err().contains("b-empty.txt: "), r.err());
        assertTrue(r.err().contains("c-binary.txt: "), r.err());
        assertTrue(r.err().contains("missing.txt: "), r.err());
        assertTrue(errs[errs.length - 1].contains("3 inputs or records failed (see above)"), r.err());
    }

    @Test
    void readsStandardInput() throws Exception {
        Cli r = Cli.runWithStdin(ARTICLE, "clean", "-");
        assertEquals(0, r.code(), r.err());
        assertEquals("-", lines(r.out()).get(0).get("source").asText());
    }

    @Test
    void cleanNoneKeepsTheTextExactly() throws Exception {
        Path f = dir.resolve("x.txt");
        String text = "Line one.\nLine two, said Ms Smith.\n";
        Files.writeString(f, text, StandardCharsets.UTF_8);
        Cli r = Cli.run("clean", "--clean", "none", f.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(text, lines(r.out()).get(0).get("text").asText());
    }

    @Test
    void textFormatIsReadable() throws Exception {
        Path f = dir.resolve("harbour.txt");
        Files.writeString(f, ARTICLE);
        Cli r = Cli.run("clean", "--format", "text", f.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("=== " + f), r.out());
        assertTrue(r.out().contains("Councillor Mary Jenkins"));
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, Cli.run("clean").code());
        assertEquals(2, Cli.run("clean", "--format", "xml", "x").code());
        assertEquals(2, Cli.run("clean", "--threads", "0", "x").code());
        assertEquals(2, Cli.run("no-such-command").code());
        assertEquals(2, Cli.run().code());
    }

    @Test
    void everyCommandHasHelp() {
        for (String cmd : new String[] {"clean", "eval", "bench"}) {
            Cli r = Cli.run(cmd, "--help");
            assertEquals(0, r.code(), cmd);
            assertTrue(r.out().contains("Usage: copydesk " + cmd), r.out());
        }
        Cli top = Cli.run("--help");
        assertEquals(0, top.code());
        assertTrue(top.out().contains("clean"));
    }
}
