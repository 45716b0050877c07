package dev.copydesk.core;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleJsonTest {
    static final ObjectMapper M = new ObjectMapper();

    @Test
    void writesEveryFieldTheSchemaRequires() throws Exception {
        Article a = Article.builder().id("x").source("a.txt").text("Body \"quoted\"\n\nSecond <b>")
                .captions(List.of("A caption")).comments(List.of("a comment"))
                .diagnostics(Diagnostics.builder().removed("text-cleaner", "teaser", "Read more").build())
                .published("2022-09-21").build();
        String json = ArticleJson.toJson(a);
        assertFalse(json.contains("\n"), "one line per article");
        JsonNode n = M.readTree(json);
        JsonNode schema;
        try (InputStream in = Article.class.getResourceAsStream("article.schema.json")) {
            schema = M.readTree(in);
        }
        for (JsonNode req : schema.get("required")) {
            assertTrue(n.has(req.asText()), "missing field " + req.asText());
        }
        n.fieldNames().forEachRemaining(f -> assertTrue(schema.get("properties").has(f), "field not in schema: " + f));
        assertTrue(n.get("title").isNull());
        assertEquals("Body \"quoted\"\n\nSecond <b>", n.get("text").asText());
        assertEquals("removed", n.get("diagnostics").get(0).get("kind").asText());
        assertEquals("2022-09-21", n.get("published").asText());
    }

    @Test
    void reportsDroppedDiagnostics() throws Exception {
        Diagnostics.Builder b = Diagnostics.builder(1);
        b.removed("s", "a", "1").removed("s", "b", "2");
        Article a = Article.builder().id("x").source("s").text("t").diagnostics(b.build()).build();
        JsonNode n = M.readTree(ArticleJson.toJson(a));
        assertEquals(2, n.get("diagnostics").size());
        assertEquals("a", n.get("diagnostics").get(0).get("code").asText());
        assertEquals("diagnostics-capped", n.get("diagnostics").get(1).get("code").asText());
        assertTrue(n.get("diagnostics").get(1).get("detail").asText().startsWith("1 more"));
    }
}
