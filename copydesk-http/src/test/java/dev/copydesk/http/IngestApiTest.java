package dev.copydesk.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.copydesk.index.ArticleIndex;
import dev.copydesk.pipeline.AnalysisConfig;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /api/articles}: the token guard, validation, limits, and a posted article becoming searchable. */
class IngestApiTest {
    static final String TOKEN = "test-ingest-token-5f2c9a71";
    static final int SMALL_LIMIT = 64 * 1024;

    @TempDir
    static Path dir;
    static ArticleIndex index;
    static CopydeskServer open;
    static CopydeskServer closed;
    static Http http;
    static Http noIngest;

    @BeforeAll
    static void start() {
        index = Fixtures.index(dir.resolve("index"));
        open = new CopydeskServer(index, ServerConfig.defaults().withPort(0).withIngestToken(TOKEN)
                .withMaxBodyBytes(SMALL_LIMIT)).start();
        closed = new CopydeskServer(index, ServerConfig.defaults().withPort(0)).start();
        http = new Http(open.port());
        noIngest = new Http(closed.port());
    }

    @AfterAll
    static void stop() throws IOException {
        open.stop();
        closed.stop();
        index.close();
    }

    static String article(Object... fields) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < fields.length; i += 2) {
            m.put((String) fields[i], fields[i + 1]);
        }
        return Http.json(m);
    }

    static final String BODY = article("title", "Lighthouse keepers strike in Klaipeda",
            "text", "Lighthouse keepers in Klaipeda stopped work on Friday over a pay dispute.\n\n"
                    + "\"We keep the ships safe and we are paid like nobody,\" said Jonas Petrauskas, who leads the keepers' union.",
            "url", "https://coast-news.example.net/lighthouse-strike", "published", "2023-03-17");

    @Test
    void aServerWithoutATokenTakesNoArticles() {
        Http.Response r = noIngest.post("/api/articles", "application/json", BODY, TOKEN);
        assertEquals(403, r.status(), r.body());
        assertEquals("ingest_disabled", r.json().get("error").asText());
    }

    @Test
    void missingOrWrongTokensAre401() {
        for (String token : new String[] {null, "", "wrong", TOKEN + "x", TOKEN.substring(1), TOKEN.toUpperCase()}) {
            Http.Response r = http.post("/api/articles", "application/json", BODY, token);
            assertEquals(401, r.status(), token + " -> " + r.body());
            assertEquals("unauthorized", r.json().get("error").asText());
            assertTrue(r.header("WWW-Authenticate").startsWith("Bearer"));
        }
        HttpRequest.Builder basic = HttpRequest.newBuilder(http.uri("/api/articles"))
                .header("Content-Type", "application/json").header("Authorization", "Basic " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(BODY));
        assertEquals(401, http.send(basic).status());
    }

    @Test
    void tokensCompareExactlyOnAKeptAliveConnection() throws IOException {
        // The right token, then the same letters in upper case, on one connection: the second is not the token.
        try (Socket s = new Socket("127.0.0.1", open.port())) {
            s.setSoTimeout(10_000);
            assertEquals(400, exchange(s, TOKEN, "{}"));
            assertEquals(401, exchange(s, TOKEN.toUpperCase(), "{}"));
        }
    }

    /** Sends one POST on a kept-alive connection and reads its whole response; returns the status. */
    private static int exchange(Socket s, String token, String body) throws IOException {
        OutputStream out = s.getOutputStream();
        out.write(("POST /api/articles HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Authorization: Bearer " + token + "\r\nContent-Length: " + body.length() + "\r\n\r\n" + body)
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        InputStream in = s.getInputStream();
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int c = in.read();
            if (c < 0) {
                throw new IOException("connection closed after: " + head);
            }
            head.append((char) c);
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(head);
        in.readNBytes(m.find() ? Integer.parseInt(m.group(1)) : 0);
        return Integer.parseInt(head.substring(9, 12));
    }

    @Test
    void aPostedArticleIsAnalysedAndSearchable() {
        Http.Response r = http.post("/api/articles", "application/json", BODY, TOKEN);
        assertEquals(201, r.status(), r.body());
        String id = r.json().get("id").asText();
        assertTrue(List.of("added", "unchanged").contains(r.json().get("result").asText()), r.body());
        assertEquals("/api/articles/" + id, r.header("Location"));

        JsonNode hits = http.get("/api/search?q=lighthouse").json();
        assertEquals(1, hits.get("total").asLong(), hits.toString());
        assertEquals(id, hits.get("hits").get(0).get("id").asText());

        JsonNode a = http.get("/api/articles/" + id).json();
        assertEquals("2023-03-17", a.get("published").asText());
        String text = a.get("text").asText();
        assertTrue(text.startsWith("Lighthouse keepers in Klaipeda"), "text is kept as sent: " + text);
        JsonNode quote = a.get("quotes").get(0);
        assertEquals("Jonas Petrauskas", quote.get("speakerCanonical").asText(), a.get("quotes").toString());
        assertEquals(quote.get("text").asText(), text.substring(quote.get("start").asInt(), quote.get("end").asInt()));

        Http.Response again = http.post("/api/articles", "application/json", BODY, TOKEN);
        assertEquals(201, again.status());
        assertEquals("unchanged", again.json().get("result").asText());
    }

    @Test
    void htmlIsExtracted() {
        String page = "<html><head><title>Storm closes the bridge</title></head><body><nav>Home | World</nav>"
                + "<article><h1>Storm closes the bridge</h1><p>A winter storm closed the Vansu bridge in Riga on "
                + "Sunday, and the city council said it would stay shut until the wind drops.</p><p>\"Nobody should "
                + "try to cross it today,\" said Marta Ozola, a spokeswoman for the council. The storm brought winds "
                + "of more than 100 kilometres an hour to the coast overnight.</p></article></body></html>";
        Http.Response r = http.post("/api/articles", "application/json; charset=utf-8",
                article("html", page, "url", "https://riga-daily.example.org/storm"), TOKEN);
        assertEquals(201, r.status(), r.body());
        JsonNode a = http.get("/api/articles/" + r.json().get("id").asText()).json();
        assertTrue(a.get("text").asText().contains("winter storm closed"), a.get("text").asText());
        assertTrue(!a.get("text").asText().contains("<p>"));
    }

    @Test
    void invalidBodiesAre400() {
        List<String> bad = List.of("{", "[]", "\"text\"", "null", "{}", article("title", "no body"),
                article("text", "a", "html", "<p>b</p>"), article("text", "   "), article("text", 42),
                article("text", "Some text.", "colour", "red"), article("text", "Some text.", "published", "yesterday"),
                article("text", "Some text.", "published", "2022-02-30"), article("text", "Some text.", "url", "javascript:alert(1)"),
                article("text", "Some text.", "url", "not a url"), article("text", "Some text.", "title", List.of("x")),
                article("text", "Some text.", "id", "../../etc/passwd"), "{\"text\":\"a\",\"text\":\"b\"}",
                "{\"text\":\"a\"} trailing", article("text", "Some text.", "title", "t".repeat(3000)));
        for (String body : bad) {
            Http.Response r = http.post("/api/articles", "application/json", body, TOKEN);
            assertEquals(400, r.status(), body + " -> " + r.body());
            assertEquals("bad_request", r.json().get("error").asText());
        }
        Http.Response form = http.post("/api/articles", "application/x-www-form-urlencoded", "text=hello", TOKEN);
        assertEquals(415, form.status(), form.body());
        Http.Response none = http.post("/api/articles", null, BODY, TOKEN);
        assertTrue(none.status() == 415, none.body());
    }

    @Test
    void emptyExtractionIs422() {
        Http.Response r = http.post("/api/articles", "application/json",
                article("html", "<html><body><nav><a href='/'>Home</a></nav></body></html>"), TOKEN);
        assertEquals(422, r.status(), r.body());
        assertEquals("no_text", r.json().get("error").asText());
    }

    @Test
    void aTextOverTheAnalysisLimitIs422AndTheServerGoesOn() throws IOException {
        int limit = AnalysisConfig.DEFAULT_MAX_CHARS;
        CopydeskServer roomy = new CopydeskServer(index, ServerConfig.defaults().withPort(0).withIngestToken(TOKEN)
                .withMaxBodyBytes(4L * limit)).start();
        try {
            String text = "The quay was extended again. ".repeat(limit / 29 + 10).strip();
            Http.Response r = new Http(roomy.port()).post("/api/articles", "application/json",
                    article("id", "too-long", "text", text), TOKEN);
            assertEquals(422, r.status(), r.body());
            assertEquals("too_long", r.json().get("error").asText());
            assertEquals(String.format(java.util.Locale.ROOT, "text of %,d chars is over the analysis limit of %,d",
                    text.length(), limit), r.json().get("message").asText());
            assertEquals(404, http.get("/api/articles/too-long").status());
        } finally {
            roomy.stop();
        }
    }

    @Test
    void oversizeBodiesAre413() throws IOException {
        String big = article("text", "word ".repeat(SMALL_LIMIT / 5 + 100));
        Http.Response r = http.post("/api/articles", "application/json", big, TOKEN);
        assertEquals(413, r.status(), r.body());
        assertEquals("payload_too_large", r.json().get("error").asText());

        // Without a Content-Length (chunked), the limit holds as the body is read.
        HttpRequest.Builder chunked = HttpRequest.newBuilder(http.uri("/api/articles"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))));
        assertEquals(413, http.send(chunked).status());

        // A declared length over the limit is refused before the rest of the body is read.
        try (Socket s = new Socket("127.0.0.1", open.port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST /api/articles HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Authorization: Bearer " + TOKEN + "\r\nContent-Length: 5000000000\r\n\r\n{\"text\": \"").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            String head = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            assertEquals("HTTP/1.1 413", head);
        }
    }
}
