package dev.copydesk.eval.stories;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the JSON Lines files the linking evaluations take (one article a line, as in ECB+'s
 * {@code ecbplus-train-dev.jsonl}): blank lines are skipped, a line that is not JSON fails the file with
 * its path and line number. Stateless; thread-safe.
 */
public final class GoldLines {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldLines() {
    }

    /** What to do with one line's object. */
    @FunctionalInterface
    public interface Handler {
        /** Takes the object read from line {@code lineNumber} (from 1); throws to fail the file. */
        void line(JsonNode node, int lineNumber) throws IOException;
    }

    /**
     * Reads {@code file} line by line, in order, handing each object to {@code handler}.
     *
     * @throws IllegalArgumentException naming the file and line when a line is not JSON
     */
    public static void read(Path file, Handler handler) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int lineNumber = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new IllegalArgumentException(file + ": line " + lineNumber + ": invalid JSON ("
                            + e.getOriginalMessage() + ")", e);
                }
                handler.line(node, lineNumber);
            }
        }
    }

    /** A field's text, or null when it is absent or JSON null. */
    public static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** The article's id: {@code doc_id}, else {@code id}, else null. */
    public static String id(JsonNode node) {
        String id = text(node, "doc_id");
        return id != null ? id : text(node, "id");
    }
}
