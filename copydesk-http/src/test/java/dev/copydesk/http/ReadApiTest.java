package dev.copydesk.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.copydesk.index.ArticleIndex;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The read routes against a real index of the fixture articles, on a real server. */
class ReadApiTest {
    @TempDir
    static Path dir;
    static ArticleIndex index;
    static CopydeskServer server;
    static Http http;

    @BeforeAll
    static void start() {
        index = Fixtures.index(dir.resolve("index"));
        server = new CopydeskServer(index, ServerConfig.defaults().withPort(0)).start();
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() throws IOException {
        server.stop();
        index.close();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void healthCountsArticlesAndCarriesSecurityHeaders() {
        Http.Response r = http.get("/api/health");
        assertEquals(200, r.status());
        assertEquals("ok", r.json().get("status").asText());
        assertEquals(Fixtures.articles().size(), r.json().get("articles").asLong());
        assertNotNull(r.json().get("version").asText());
        assertTrue(r.header("Content-Type").startsWith("application/json"));
        assertTrue(r.header("Content-Security-Policy").contains("script-src 'self'"));
        assertTrue(r.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
        assertEquals("nosniff", r.header("X-Content-Type-Options"));
        assertEquals("no-referrer", r.header("Referrer-Policy"));
    }

    @Test
    void blankSearchMatchesEverythingWithFacets() {
        JsonNode r = ok("/api/search").json();
        assertEquals(Fixtures.articles().size(), r.get("total").asLong());
        assertEquals(1, r.get("page").asInt());
        assertEquals(10, r.get("size").asInt());
        assertEquals(Fixtures.articles().size(), r.get("hits").size());
        JsonNode facets = r.get("facets");
        assertEquals(2, count(facets.get("entities").get("PERSON"), Fixtures.GABBASOV), facets.toString());
        assertEquals(2, count(facets.get("speakers"), Fixtures.GABBASOV), facets.toString());
        assertTrue(facets.get("sources").size() >= 2, facets.toString());
        assertTrue(count(facets.get("dates"), "2022-09") >= 1, facets.toString());
    }

    @Test
    void hitsCarryPlainSnippetsAndHighlightRanges() {
        JsonNode r = ok("/api/search?q=reservists").json();
        assertEquals(1, r.get("total").asLong());
        JsonNode hit = r.get("hits").get(0);
        assertEquals("ufa-protest", hit.get("id").asText());
        assertEquals("Reservists protest in Ufa over missing pay", hit.get("title").asText());
        assertEquals("2022-09-24", hit.get("published").asText());
        String snippet = hit.get("snippet").asText();
        assertFalse(snippet.contains("\uE000") || snippet.contains("\uE001"), snippet);
        assertTrue(hit.get("highlights").size() >= 1, hit.toString());
        for (JsonNode h : hit.get("highlights")) {
            String marked = snippet.substring(h.get(0).asInt(), h.get(1).asInt());
            assertTrue(marked.toLowerCase().startsWith("reservist"), marked);
        }
    }

    @Test
    void filtersNarrowTheSearch() {
        assertEquals(2, ok("/api/search?entity=" + enc(Fixtures.GABBASOV)).json().get("total").asLong());
        assertEquals(2, ok("/api/search?speaker=" + enc(Fixtures.GABBASOV.toLowerCase())).json().get("total").asLong());
        assertEquals(1, ok("/api/search?entity=" + enc(Fixtures.GABBASOV) + "&entity=" + enc("Radiy Khabirov"))
                .json().get("total").asLong());
        JsonNode inOctober = ok("/api/search?from=2022-10-01&to=2022-10-31").json();
        assertEquals(1, inOctober.get("total").asLong());
        assertEquals("bashkortostan-inquiry", inOctober.get("hits").get(0).get("id").asText());
        String outlet = "harbour-times.example.com";
        assertEquals(1, count(ok("/api/search").json().get("facets").get("sources"), outlet));
        JsonNode bySource = ok("/api/search?source=" + enc(outlet)).json();
        assertEquals(1, bySource.get("total").asLong());
        assertEquals("tallinn-ferry", bySource.get("hits").get(0).get("id").asText());
        assertEquals(0, ok("/api/search?q=reservists&source=" + enc(outlet)).json().get("total").asLong());
    }

    @Test
    void pagesThroughHits() {
        JsonNode second = ok("/api/search?size=1&page=2").json();
        assertEquals(Fixtures.articles().size(), second.get("total").asLong());
        assertEquals(2, second.get("page").asInt());
        assertEquals(1, second.get("hits").size());
        assertEquals(0, ok("/api/search?size=10&page=5").json().get("hits").size());
    }

    @Test
    void articleByIdHasEveryAnnotation() {
        JsonNode a = ok("/api/articles/ufa-protest").json();
        assertEquals("ufa-protest", a.get("id").asText());
        String text = a.get("text").asText();
        assertTrue(a.get("entities").size() > 0);
        boolean gabbasov = false;
        for (JsonNode e : a.get("entities")) {
            assertEquals(e.get("text").asText(), text.substring(e.get("start").asInt(), e.get("end").asInt()));
            gabbasov |= e.get("canonical").asText().equals(Fixtures.GABBASOV);
        }
        assertTrue(gabbasov, a.get("entities").toString());
        assertTrue(a.get("quotes").size() >= 1);
        assertTrue(a.get("amounts").size() >= 1, a.get("amounts").toString());
        assertTrue(a.get("dates").size() >= 1, a.get("dates").toString());
        Http.Response missing = http.get("/api/articles/no-such-article");
        assertError(missing, 404, "not_found");
    }

    @Test
    void entitiesByNameAndType() {
        JsonNode list = ok("/api/entities?q=gabbasov").json().get("entities");
        assertEquals(Fixtures.GABBASOV, list.get(0).get("canonical").asText());
        assertEquals("PERSON", list.get(0).get("type").asText());
        assertEquals(2, list.get(0).get("articles").asLong());
        for (JsonNode e : ok("/api/entities?type=location").json().get("entities")) {
            assertEquals("LOCATION", e.get("type").asText());
        }
        assertError(http.get("/api/entities?type=PLANET"), 400, "bad_request");
        assertError(http.get("/api/entities?limit=100000"), 400, "bad_request");
    }

    @Test
    void entityProfile() {
        JsonNode p = ok("/api/entities/" + enc(Fixtures.GABBASOV).replace("+", "%20")).json();
        assertEquals(Fixtures.GABBASOV, p.get("canonical").asText());
        assertEquals("PERSON", p.get("type").asText());
        assertEquals(2, p.get("articles").asLong());
        assertEquals(2, p.get("mentions").size());
        assertTrue(p.get("quotes").size() >= 2, p.get("quotes").toString());
        assertTrue(p.get("cooccurring").size() >= 1);
        assertTrue(p.get("timeline").size() >= 1);
        assertEquals(Fixtures.GABBASOV, ok("/api/entities/ruslan%20gabbasov").json().get("canonical").asText());
        assertError(http.get("/api/entities/Nobody%20Atall"), 404, "not_found");
    }

    @Test
    void quotesBySpeakerPointIntoTheirArticles() {
        JsonNode page = ok("/api/quotes?speaker=" + enc(Fixtures.GABBASOV)).json();
        JsonNode quotes = page.get("quotes");
        assertTrue(quotes.size() >= 2, quotes.toString());
        assertFalse(page.get("more").asBoolean());
        for (JsonNode q : quotes) {
            assertEquals(Fixtures.GABBASOV, q.get("speakerCanonical").asText());
            String id = q.get("article").get("id").asText();
            assertTrue(q.get("article").get("title").asText().length() > 0);
            String text = ok("/api/articles/" + id).json().get("text").asText();
            assertEquals(q.get("text").asText(), text.substring(q.get("start").asInt(), q.get("end").asInt()));
        }
        JsonNode one = ok("/api/quotes?speaker=" + enc(Fixtures.GABBASOV) + "&size=1").json();
        assertEquals(1, one.get("quotes").size());
        assertTrue(one.get("more").asBoolean());
        JsonNode words = ok("/api/quotes?q=roubles").json().get("quotes");
        assertEquals(1, words.size(), words.toString());
    }

    @Test
    void malformedQueriesAndParametersAre400Json() {
        for (String bad : List.of("/api/search?q=" + enc("title:(unclosed"), "/api/search?from=2022-13-45",
                "/api/search?to=yesterday", "/api/search?page=0", "/api/search?page=abc", "/api/search?size=101",
                "/api/search?size=-1", "/api/search?page=99999999999", "/api/search?page=2000&size=100",
                "/api/search?from=2022-10-01&to=2022-09-01", "/api/search?colour=red", "/api/search?q=a&q=b",
                "/api/quotes?page=-3", "/api/quotes?size=abc",
                "/api/quotes?speaker=a&speaker=b", "/api/health?x=1", "/api/entities?limit=0",
                "/api/search?q=" + "x".repeat(1001))) {
            Http.Response r = http.get(bad);
            assertEquals(400, r.status(), bad + " -> " + r.body());
            assertTrue(r.json().get("message").asText().length() > 0, bad);
        }
        for (String bad : List.of("/api/search?q=%zz", "/api/search?q=%", "/api/search?%zz=1", "/api/quotes?speaker=%E2%8")) {
            Http.Response r = http.raw(bad);
            assertEquals(400, r.status(), bad + " -> " + r.body());
            assertEquals("bad_request", r.json().get("error").asText(), bad);
        }
    }

    @Test
    void unknownRoutesAndMethodsAreJsonErrors() {
        assertError(http.get("/api/nothing"), 404, "not_found");
        assertError(http.get("/nothing.html"), 404, "not_found");
        assertError(http.get("/ui/nothing.js"), 404, "not_found");
        Http.Response delete = http.send(java.net.http.HttpRequest.newBuilder(http.uri("/api/health")).DELETE());
        assertError(delete, 405, "method_not_allowed");
        assertTrue(delete.header("Content-Security-Policy") != null);
    }

    @Test
    void overlongRequestLinesAreRefusedNeverAFault() {
        Http.Response r = http.get("/api/search?q=" + "a".repeat(20_000));
        assertTrue(r.status() == 414 || r.status() == 431 || r.status() == 400, r.status() + " " + r.body());
        assertFalse(r.body().contains("aaaaaaaaaa"), "the request is not echoed");
    }

    @Test
    void pathTraversalNeverReachesFiles() {
        List<String> probes = List.of("/api/articles/..%2F..%2Fetc%2Fpasswd", "/api/articles/../../etc/passwd",
                "/api/articles/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/api/entities/..%2F..%2Fetc%2Fpasswd",
                "/ui/..%2F..%2F..%2Fetc%2Fpasswd", "/ui/../../../../etc/passwd", "/ui/%2e%2e/%2e%2e/etc/passwd",
                "/../../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/ui/..%5c..%5cetc%5cpasswd",
                "/ui/simplelogger.properties", "/ui/..%2Fopenapi.json", "/ui/..%252F..%252Fetc%252Fpasswd",
                "/ui/app.js%00.html", "/ui/%2Fetc%2Fpasswd", "/ui//etc/passwd", "/dev/copydesk/http/openapi.json",
                "/ui/../../dev/copydesk/http/CopydeskServer.class", "/api/articles/%00",
                "/ui/....//....//etc/passwd", "/ui/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd");
        List<String> failures = new ArrayList<>();
        for (String probe : probes) {
            Http.Response r = http.raw(probe);
            String body = r.body();
            boolean leak = body.contains("root:") || body.contains("simpleLogger") || body.contains("CopydeskServer")
                    || body.startsWith("\u00ca\u00fe");
            if (r.status() >= 500 || leak || (r.status() >= 400 && !isJsonError(r))) {
                failures.add(probe + " -> " + r.status() + " " + body.substring(0, Math.min(200, body.length())));
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void openApiDescribesEveryApiRoute() {
        JsonNode doc = ok("/api/openapi.json").json();
        assertTrue(doc.get("openapi").asText().startsWith("3.1"));
        assertNotNull(doc.at("/components/securitySchemes/ingestToken/scheme").textValue());
        int described = 0;
        for (CopydeskServer.Route route : server.routes()) {
            if (!route.path().startsWith("/api/")) {
                continue;
            }
            JsonNode op = doc.get("paths").path(route.path()).path(route.method().toLowerCase());
            assertFalse(op.isMissingNode(), route + " is not described");
            assertTrue(op.has("responses"), route + " has no responses");
            described++;
        }
        assertEquals(doc.get("paths").size(), described, "openapi.json describes routes the server does not have");
    }

    @Test
    void webUiIsServedFromTheJar() {
        Http.Response page = ok("/");
        assertTrue(page.header("Content-Type").startsWith("text/html"));
        assertTrue(page.body().contains("<main"));
        assertFalse(page.body().contains("<script>"), "no inline script");
        assertTrue(ok("/ui/app.js").header("Content-Type").startsWith("text/javascript"));
        assertTrue(ok("/ui/stories.js").header("Content-Type").startsWith("text/javascript"));
        assertTrue(ok("/ui/app.css").header("Content-Type").startsWith("text/css"));
    }

    @Test
    void hostileArticleIsServedAsJsonData() {
        Http.Response r = ok("/api/articles/hostile");
        assertTrue(r.header("Content-Type").startsWith("application/json"));
        assertEquals("nosniff", r.header("X-Content-Type-Options"));
        assertEquals(Fixtures.HOSTILE_TITLE, r.json().get("title").asText());
        JsonNode hits = ok("/api/search?q=newsroom").json().get("hits");
        assertEquals(Fixtures.HOSTILE_TITLE, hits.get(0).get("title").asText());
    }

    private static Http.Response ok(String path) {
        Http.Response r = http.get(path);
        assertEquals(200, r.status(), path + " -> " + r.body());
        return r;
    }

    private static void assertError(Http.Response r, int status, String code) {
        assertEquals(status, r.status(), r.body());
        assertTrue(r.header("Content-Type").startsWith("application/json"), r.header("Content-Type"));
        assertEquals(code, r.json().get("error").asText(), r.body());
        assertTrue(r.json().get("message").asText().length() > 0);
    }

    private static boolean isJsonError(Http.Response r) {
        try {
            return r.json().has("error") && r.json().has("message");
        } catch (AssertionError e) {
            return false;
        }
    }

    private static long count(JsonNode facet, String value) {
        if (facet == null) {
            return 0;
        }
        for (JsonNode v : facet) {
            if (v.get("value").asText().equals(value)) {
                return v.get("count").asLong();
            }
        }
        return 0;
    }
}
