package dev.copydesk.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.index.ArticleIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DNS rebinding: raw requests with forged, missing and doubled Host headers against a real server. */
class HostCheckTest {
    static final String TOKEN = "host-check-token-0123456789";
    static final List<String> ROUTES = List.of("/api/health", "/api/search?q=x", "/api/articles/a1", "/api/entities",
            "/api/entities/Someone", "/api/quotes", "/api/openapi.json", "/", "/ui/app.js", "/ui/app.css", "/no/such/route");

    @TempDir
    static Path dir;
    static ArticleIndex index;
    static CopydeskServer server;
    static Http http;

    @BeforeAll
    static void start() throws IOException {
        index = ArticleIndex.open(dir);
        server = new CopydeskServer(index, ServerConfig.defaults().withPort(0).withIngestToken(TOKEN)
                .withAllowedHosts(List.of("desk.example")), () -> {
                    throw new AssertionError("no article is analysed here");
                }).start();
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() throws IOException {
        server.stop();
        index.close();
    }

    static Http.Response get(String target, String hostLine) {
        return http.exchange("GET " + target + " HTTP/1.1\r\n" + hostLine + "Connection: close\r\n\r\n");
    }

    @Test
    void aForgedHostIsRefusedOnEveryRouteBeforeTheRouteRuns() {
        for (String host : List.of("evil.example", "evil.example:" + server.port(), "localhost.evil.example",
                "127.0.0.1.nip.example", "desk.example.evil", "[::2]:" + server.port(), "127.0.0.2")) {
            for (String route : ROUTES) {
                Http.Response r = get(route, "Host: " + host + "\r\n");
                assertEquals(421, r.status(), host + " " + route + " -> " + r.body());
                assertTrue(r.header("Content-Type").startsWith("application/json"), r.header("Content-Type"));
                assertEquals("unknown_host", r.json().get("error").asText());
                assertFalse(r.body().contains(host), "the forged name is not echoed: " + r.body());
                assertTrue(r.header("Content-Security-Policy").contains("default-src 'none'"));
            }
        }
    }

    @Test
    void aForgedHostCannotPostEvenWithTheToken() {
        String body = "{\"title\": \"t\", \"text\": \"Some text.\"}";
        Http.Response r = http.exchange("POST /api/articles HTTP/1.1\r\nHost: evil.example\r\nAuthorization: Bearer " + TOKEN
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body);
        assertEquals(421, r.status(), r.body());
    }

    @Test
    void theServersOwnNamesAreAnsweredWithOrWithoutPort() {
        int port = server.port();
        for (String host : List.of("127.0.0.1", "127.0.0.1:" + port, "localhost", "localhost:" + port, "LocalHost.:" + port,
                "[::1]", "[::1]:" + port, "desk.example", "Desk.Example:" + port)) {
            for (String route : List.of("/api/health", "/ui/app.js")) {
                Http.Response r = get(route, "Host: " + host + "\r\n");
                assertEquals(200, r.status(), host + " " + route + " -> " + r.body());
            }
            assertEquals(404, get("/no/such/route", "Host: " + host + "\r\n").status(), host);
        }
        assertEquals(200, http.get("/api/health").status(), "a normal client");
    }

    @Test
    void http10WithoutHostIsAnsweredSinceNoBrowserSendsThat() {
        Http.Response r = http.exchange("GET /api/health HTTP/1.0\r\n\r\n");
        assertEquals(200, r.status(), r.body());
        assertEquals("ok", r.json().get("status").asText());
        assertEquals(421, http.exchange("GET /api/health HTTP/1.0\r\nHost: evil.example\r\n\r\n").status());
    }

    @Test
    void http11WithoutHostOrWithAnEmptyOneIsRefused() {
        Http.Response none = get("/api/health", "");
        assertEquals(400, none.status(), none.body());
        assertTrue(none.json().has("error"), none.body());
        Http.Response empty = get("/api/health", "Host: \r\n");
        assertTrue(empty.status() == 400 || empty.status() == 421, empty.status() + " " + empty.body());
    }

    @Test
    void aSecondForgedHostIsRefusedToo() {
        Http.Response r = get("/api/health", "Host: 127.0.0.1\r\nHost: evil.example\r\n");
        assertTrue(r.status() == 400 || r.status() == 421, r.status() + " " + r.body());
        assertTrue(r.json().has("error"), r.body());
    }
}
