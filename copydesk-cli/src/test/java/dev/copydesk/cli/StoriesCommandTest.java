package dev.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoriesCommandTest {
    static final String FLOOD = String.join("\n\n",
            "Heavy rain flooded the lower town of Maribel on Thursday night, forcing the evacuation of two hundred "
                    + "families from homes along the river, the regional civil protection agency said.",
            "Water rose more than two metres in six hours and swept away the old footbridge near the market square, "
                    + "according to firefighters who spent the night moving residents to the sports hall.",
            "The mayor, Elena Duarte, asked the national government to declare a state of emergency and promised "
                    + "that the council would pay for temporary housing until the water recedes.",
            "Forecasters expect more rain over the weekend, and farmers upstream fear the loss of the maize harvest "
                    + "for the second year in a row.");
    static final String STRIKE = String.join("\n\n",
            "Dock workers at the port of Velmar walked out on Monday in a dispute over night shifts, leaving "
                    + "dozens of container ships waiting at anchor outside the harbour.",
            "The union said the port operator had broken a promise to hire three hundred permanent staff, and that "
                    + "the strike would last until the company returned to the negotiating table.",
            "Exporters warned that fruit and fish stuck on the quays would spoil within days, and the transport "
                    + "ministry called both sides to talks in the capital on Wednesday.");

    @TempDir
    Path dir;

    private Path jsonl(String name, ObjectNode... records) throws Exception {
        StringBuilder sb = new StringBuilder();
        for (ObjectNode r : records) {
            sb.append(CleanCommandTest.M.writeValueAsString(r)).append('\n');
        }
        Path f = dir.resolve(name);
        Files.writeString(f, sb.toString());
        return f;
    }

    private static ObjectNode record(String id, String published, String title, String text) {
        ObjectNode n = CleanCommandTest.M.createObjectNode();
        n.put("id", id).put("published", published).put("title", title).put("text", text);
        return n;
    }

    /** A copy listed before its original, a reworded copy, and another event. */
    private Path corpus() throws Exception {
        return jsonl("wire.jsonl",
                record("copy", "2026-05-08T09:00:00Z", "Maribel families flee rising river", FLOOD
                        + "\n\nThis story was provided by the Southern Wire news agency."),
                record("orig", "2026-05-08T06:00:00Z", "Floods force evacuation in Maribel", FLOOD),
                record("strike", "2026-05-08T07:00:00Z", "Velmar dockers strike over night shifts", STRIKE),
                record("reworded", "2026-05-08T10:00:00Z", "Maribel flood: 200 families evacuated",
                        FLOOD.replace("Heavy rain", "Torrential rain").replace("swept away", "destroyed")));
    }

    @Test
    void copiesNameTheirOriginalAndTwoEventsStayApart() throws Exception {
        Cli r = Cli.run("stories", "-q", "--clean", "none", corpus().toString());
        assertEquals(0, r.code(), r.err());
        List<JsonNode> out = CleanCommandTest.lines(r.out());
        assertEquals(List.of("copy", "orig", "strike", "reworded"), out.stream().map(n -> n.get("id").asText()).toList(),
                "input order");
        JsonNode copy = out.get(0);
        JsonNode orig = out.get(1);
        JsonNode strike = out.get(2);
        JsonNode reworded = out.get(3);
        assertEquals("orig", copy.get("duplicateOf").asText(), "the earlier published article is the original");
        assertEquals(List.of(4), CleanCommandTest.M.convertValue(copy.get("differingParagraphs"), List.class));
        assertTrue(copy.get("similarity").asDouble() > 0.8 && copy.get("similarity").asDouble() < 1, copy.toString());
        assertEquals("orig", reworded.get("duplicateOf").asText());
        assertTrue(orig.get("duplicateOf").isNull());
        assertEquals(1.0, orig.get("similarity").asDouble());
        assertTrue(strike.get("duplicateOf").isNull());
        assertEquals(orig.get("story").asText(), copy.get("story").asText());
        assertEquals(orig.get("story").asText(), reworded.get("story").asText());
        assertNotEquals(orig.get("story").asText(), strike.get("story").asText());
        assertTrue(List.of("Floods force evacuation in Maribel", "Maribel families flee rising river",
                "Maribel flood: 200 families evacuated").contains(copy.get("storyLabel").asText()), copy.toString());
        assertEquals("Velmar dockers strike over night shifts", strike.get("storyLabel").asText());
        assertEquals("2026-05-08T09:00:00Z", copy.get("published").asText());
        assertEquals(dir.resolve("wire.jsonl") + "#1", copy.get("source").asText());
    }

    @Test
    void aBadInputIsReportedAndTheOthersAreLinked() throws Exception {
        Path good = corpus();
        Path missing = dir.resolve("missing.txt");
        Cli r = Cli.run("stories", "-q", "--no-analyze", good.toString(), missing.toString());
        assertEquals(1, r.code());
        assertEquals(4, CleanCommandTest.lines(r.out()).size());
        assertTrue(r.err().contains("missing.txt"), r.err());
        assertTrue(r.err().contains("4 articles linked"), r.err());
    }

    @Test
    void theOutputDoesNotDependOnTheThreadCount() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("files"));
        for (int i = 0; i < 12; i++) {
            String body = (i % 2 == 0 ? FLOOD : STRIKE) + (i % 3 == 0 ? "" : "\n\nRead more: story number " + i + ".");
            Files.writeString(folder.resolve(String.format("a%02d.txt", i)), "Headline " + i + "\n\n" + body);
        }
        Files.writeString(folder.resolve("same.txt"), Files.readString(folder.resolve("a00.txt")));
        Cli one = Cli.run("stories", "-q", "--no-analyze", "--threads", "1", folder.toString());
        Cli two = Cli.run("stories", "-q", "--no-analyze", "--threads", "2", folder.toString());
        assertEquals(0, one.code(), one.err());
        assertEquals(one.out(), two.out());
        List<JsonNode> out = CleanCommandTest.lines(one.out());
        assertEquals(13, out.size());
        assertEquals(2, out.stream().map(n -> n.get("story").asText()).distinct().count(), one.out());
        assertEquals(11, out.stream().filter(n -> !n.get("duplicateOf").isNull()).count(), one.out());
        JsonNode same = out.get(12);
        assertEquals(out.get(0).get("id").asText() + "-2", same.get("id").asText(), "a byte-identical file gets a new id");
        JsonNode first = out.get(0);
        String group = first.get("duplicateOf").isNull() ? first.get("id").asText() : first.get("duplicateOf").asText();
        assertEquals(group, same.get("duplicateOf").asText());
        assertEquals(1.0, same.get("similarity").asDouble());
    }

    @Test
    void analysedByDefaultAndTextFormatGroupsStories() throws Exception {
        Cli r = Cli.run("stories", "-q", "--format", "text", corpus().toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().lines().findFirst().orElse("").matches("=== .*Maribel.*  \\[sorig, 3 articles]"), r.out());
        assertTrue(r.out().contains("[copy]  copy of orig ("), r.out());
        assertTrue(r.out().contains("=== Velmar dockers strike over night shifts  [sstrike, 1 article]"), r.out());
    }
}
