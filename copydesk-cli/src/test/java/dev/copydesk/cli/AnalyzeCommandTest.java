package dev.copydesk.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {
    static final String ARTICLE = String.join("\n\n",
            "Mayor backs harbour wall plan after winter storms",
            "We use your sign-up to provide content in ways you've consented to and to improve our understanding of you. You can unsubscribe at any time. More info",
            "Councillor Mary Jenkins told the Cornwall Council meeting in Truro that the new wall would protect Porthleven for fifty years.",
            "“It is the right thing to do,” Ms Jenkins said. Environment Agency engineers backed her, and Jenkins thanked the British engineers.",
            "Residents had campaigned for the repairs since the storms of last February, when waves broke through the old wall twice in one week.",
            "Source: Read Full Article");

    @TempDir
    Path dir;

    @Test
    void writesEntitiesWithValidOffsetsAndAllFourArrays() throws Exception {
        Path f = dir.resolve("harbour.txt");
        Files.writeString(f, ARTICLE);
        Cli r = Cli.run("analyze", "-q", f.toString());
        assertEquals(0, r.code(), r.err());
        List<JsonNode> out = CleanCommandTest.lines(r.out());
        assertEquals(1, out.size());
        JsonNode a = out.get(0);
        for (String field : List.of("entities", "quotes", "amounts", "dates")) {
            assertTrue(a.get(field).isArray(), field);
        }
        String text = a.get("text").asText();
        boolean jenkins = false;
        for (JsonNode e : a.get("entities")) {
            String surface = e.get("text").asText();
            assertEquals(surface, text.substring(e.get("start").asInt(), e.get("end").asInt()));
            if (surface.equals("Jenkins") || surface.equals("Ms Jenkins")) {
                assertEquals("Mary Jenkins", e.get("canonical").asText());
                assertEquals("PERSON", e.get("type").asText());
                jenkins = true;
            }
        }
        assertTrue(jenkins, a.get("entities").toString());
    }

    @Test
    void cleanNoneOffsetsAreFileOffsets() throws Exception {
        Path f = dir.resolve("raw.txt");
        String content = "Ann Lee 😀 met “Tom Ford” in Paris.\nLater, Lee said Ford was right.\n";
        Files.writeString(f, content, StandardCharsets.UTF_8);
        Cli r = Cli.run("analyze", "--clean", "none", "-q", f.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode a = CleanCommandTest.lines(r.out()).get(0);
        assertEquals(content, a.get("text").asText());
        assertTrue(a.get("entities").size() >= 3, a.get("entities").toString());
        for (JsonNode e : a.get("entities")) {
            assertEquals(e.get("text").asText(), content.substring(e.get("start").asInt(), e.get("end").asInt()));
        }
    }

    @Test
    void textFormatListsEntitiesAndMissingInputsFail() throws Exception {
        Path f = dir.resolve("harbour.txt");
        Files.writeString(f, ARTICLE);
        Cli r = Cli.run("analyze", "--format", "text", "-q", f.toString(), dir.resolve("missing.txt").toString());
        assertEquals(1, r.code());
        assertTrue(r.out().contains("--- Entities"), r.out());
        assertTrue(r.err().contains("missing.txt"), r.err());
        assertEquals(2, Cli.run("analyze").code());
    }
}
