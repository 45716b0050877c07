package dev.copydesk.http;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import dev.copydesk.index.ArticleIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The story routes and an article's links against a real, linked index of the fixtures and a wire copy. */
class StoryApiTest {
    @TempDir
    static Path dir;
    static ArticleIndex index;
    static CopydeskServer server;
    static Http http;

    @BeforeAll
    static void start() {
        index = Fixtures.storyIndex(dir.resolve("index"));
        server = new CopydeskServer(index, ServerConfig.defaults().withPort(0)).start();
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() throws IOException {
        server.stop();
        index.close();
    }

    /** The ferry story's label: the linker's most central headline, the wire copy's. */
    static final String LABEL = "Tallinn to build a new ferry terminal";

    static Http.Response ok(String path) {
        Http.Response r = http.get(path);
        assertEquals(200, r.status(), path + " -> " + r.body());
        return r;
    }

    static List<String> ids(JsonNode stories) {
        List<String> out = new ArrayList<>();
        stories.forEach(s -> out.add(s.get("id").asText()));
        return out;
    }

    @Test
    void storiesListNewestFirstWithTheirOutletsDatesAndEntities() {
        JsonNode r = ok("/api/stories").json();
        assertEquals(3, r.get("total").asInt());
        assertEquals(0, r.get("offset").asInt());
        assertEquals(StoryApi.DEFAULT_LIMIT, r.get("limit").asInt());
        assertEquals(List.of("shostile", "sufa-protest", "stallinn-ferry"), ids(r.get("stories")));
        JsonNode protest = r.get("stories").get(1);
        assertEquals(2, protest.get("articles").asInt(), "the protest and the inquiry are one story");
        assertEquals("2022-09-24", protest.get("first").asText());
        assertEquals("2022-10-03", protest.get("last").asText());
        JsonNode ferry = r.get("stories").get(2);
        assertEquals(LABEL, ferry.get("label").asText());
        assertEquals(3, ferry.get("articles").asInt());
        assertEquals("[\"baltic-wire.example.net\",\"harbour-times.example.com\",\"tallinn-daily.example.ee\"]",
                ferry.get("outlets").toString());
        assertEquals("2021-05-14", ferry.get("first").asText());
        assertEquals("2021-05-16", ferry.get("last").asText());
        JsonNode kalm = ferry.get("keyEntities").findParents("value").stream()
                .filter(e -> e.get("value").asText().equals("Valdo Kalm")).findFirst().orElseThrow();
        assertEquals(3, kalm.get("count").asInt());
    }

    @Test
    void storiesFilterBySearchEntityDatesAndPage() {
        assertEquals(List.of("stallinn-ferry"), ids(ok("/api/stories?q=terminal").json().get("stories")));
        assertEquals(List.of("sufa-protest"),
                ids(ok("/api/stories?entity=" + ReadApiTest.enc("ruslan gabbasov")).json().get("stories")));
        assertEquals(List.of("shostile"), ids(ok("/api/stories?entity=Riga").json().get("stories")));
        assertEquals(List.of("sufa-protest", "stallinn-ferry"),
                ids(ok("/api/stories?to=2022-09-30").json().get("stories")));
        assertEquals(List.of("stallinn-ferry"),
                ids(ok("/api/stories?from=2021-05-15&to=2021-05-15").json().get("stories")));
        JsonNode page = ok("/api/stories?limit=1&offset=1").json();
        assertEquals(3, page.get("total").asInt());
        assertEquals(List.of("sufa-protest"), ids(page.get("stories")));
        assertEquals(0, ok("/api/stories?q=zeppelin").json().get("stories").size());
    }

    @Test
    void badStoryListRequestsAreRejected() {
        for (String bad : List.of("/api/stories?limit=0", "/api/stories?limit=101", "/api/stories?offset=-1",
                "/api/stories?from=yesterday", "/api/stories?from=2022-02-01&to=2022-01-01", "/api/stories?page=2",
                "/api/stories?q=title:(")) {
            Http.Response r = http.get(bad);
            assertEquals(400, r.status(), bad + " -> " + r.body());
            assertNotNull(r.json().get("error"), bad);
            assertNotNull(r.json().get("message"), bad);
        }
    }

    @Test
    void aStoryHasItsArticlesTimelineAndComparisons() {
        JsonNode s = ok("/api/stories/stallinn-ferry").json();
        assertEquals("stallinn-ferry", s.get("id").asText());
        assertEquals(LABEL, s.get("label").asText());
        assertEquals(3, s.get("size").asInt());
        JsonNode articles = s.get("articles");
        assertEquals("tallinn-ferry", articles.get(0).get("id").asText());
        assertTrue(articles.get(0).get("duplicateOf").isNull());
        JsonNode copy = articles.get(1);
        assertEquals("tallinn-ferry-wire", copy.get("id").asText());
        assertEquals("Tallinn to build a new ferry terminal", copy.get("title").asText());
        assertEquals("baltic-wire.example.net", copy.get("outlet").asText());
        assertEquals("2021-05-15", copy.get("published").asText());
        assertEquals("tallinn-ferry", copy.get("duplicateOf").asText());
        assertTrue(copy.get("similarity").asDouble() > 0.5 && copy.get("similarity").asDouble() < 1.0, copy.toString());
        assertEquals("[3]", copy.get("differingParagraphs").toString());
        assertTrue(articles.get(2).get("duplicateOf").isNull(), "the follow-up is no copy");
        JsonNode timeline = s.get("timeline");
        assertEquals(3, timeline.size());
        assertEquals("2021-05-14", timeline.get(0).get("day").asText());
        assertEquals(1, timeline.get(0).get("count").asInt());
        assertEquals("[\"tallinn-ferry-wire\"]", timeline.get(1).get("articles").toString());

        JsonNode figure = s.get("figures").get(0);
        assertEquals("EUR", figure.get("unit").asText());
        assertTrue(figure.get("disagreement").asBoolean(), "€40 million against €45 million");
        assertEquals(3, figure.get("reports").size());
        JsonNode later = figure.get("reports").get(2);
        assertEquals("tallinn-ferry-critics", later.get("articleId").asText());
        assertEquals("tallinn-daily.example.ee", later.get("outlet").asText());
        assertEquals(45e6, later.get("value").asDouble());
        assertEquals("€45 million", later.get("text").asText());

        JsonNode thread = s.get("quotes").get(0);
        assertEquals("tallinn-ferry", thread.get("firstArticle").asText());
        assertEquals("This terminal will serve travellers for decades", thread.get("text").asText());
        assertEquals(3, thread.get("versions").size());
        JsonNode altered = thread.get("versions").get(2);
        assertEquals("altered", altered.get("kind").asText());
        assertEquals("Valdo Kalm", altered.get("speaker").asText());
        assertEquals("[{\"op\":\"same\",\"words\":\"This terminal will serve\"},{\"op\":\"added\",\"words\":\"Estonian\"},"
                + "{\"op\":\"same\",\"words\":\"travellers for decades\"}]", altered.get("diff").toString());
        assertEquals("identical", thread.get("versions").get(1).get("kind").asText());

        List<String> key = new ArrayList<>();
        s.get("keyEntities").forEach(e -> key.add(e.get("value").asText() + "=" + e.get("count").asInt()));
        assertTrue(key.containsAll(List.of("Port of Tallinn=3", "Valdo Kalm=3")), key.toString());
    }

    @Test
    void unknownStoryIs404Json() {
        Http.Response r = http.get("/api/stories/no%20such%20story");
        assertEquals(404, r.status());
        assertEquals("not_found", r.json().get("error").asText());
        assertTrue(r.json().get("message").asText().contains("no such story"));
        assertEquals(400, http.get("/api/stories/stallinn-ferry?x=1").status());
    }

    @Test
    void anArticleCarriesItsStoryAndCopies() {
        JsonNode original = ok("/api/articles/tallinn-ferry").json();
        assertEquals("Harbour authority approves a new ferry terminal", original.get("title").asText(),
                "the stored article is still all there");
        assertTrue(original.get("entities").size() > 0);
        assertEquals("stallinn-ferry", original.at("/story/id").asText());
        assertEquals(LABEL, original.at("/story/label").asText());
        assertEquals(3, original.at("/story/size").asInt());
        assertTrue(original.at("/duplicates/duplicateOf").isNull());
        assertEquals(1.0, original.at("/duplicates/similarity").asDouble());
        assertEquals("[\"tallinn-ferry-wire\"]", original.at("/duplicates/copies").toString());

        JsonNode copy = ok("/api/articles/tallinn-ferry-wire").json();
        assertEquals("tallinn-ferry", copy.at("/duplicates/duplicateOf").asText());
        assertEquals("[3]", copy.at("/duplicates/differingParagraphs").toString());
        assertEquals(0, copy.at("/duplicates/copies").size());

        JsonNode alone = ok("/api/articles/hostile").json();
        assertEquals(1, alone.at("/story/size").asInt());
        assertEquals(Fixtures.HOSTILE_TITLE, alone.at("/story/label").asText());
    }
}
