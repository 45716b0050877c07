package dev.copydesk.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.copydesk.core.Article;
import dev.copydesk.index.ArticleIndex;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clients that never read a long response, and uploads that never finish, against a real server on
 * loopback with a short stall timeout and no minimum data rate: {@code /api/health} still answers at
 * once, only a bounded number of them are served at a time, and their connections are closed once they
 * have stalled for the timeout. A second server with the default minimum data rate cuts off an upload
 * that trickles in without ever stalling.
 */
class SlowClientsTest {
    static final Duration STALL = Duration.ofSeconds(6);
    /** Well within {@link #STALL}: the server answers while the stalled connections still hold on. */
    static final long HEALTH_WITHIN_MILLIS = 4_000;
    static final int ARTICLES = 3;
    static final int UPLOADS = 2;
    static final String TOKEN = "slow-clients-token-0123456789";

    @TempDir
    static Path dir;
    static ArticleIndex index;
    static CopydeskServer server;
    static CopydeskServer strict;
    static Http http;
    static int articleBytes;

    @BeforeAll
    static void start() throws IOException {
        index = ArticleIndex.open(dir);
        // Far more than the kernel buffers on both ends of a loopback connection hold, so the server's write stalls.
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 6_000_000; i++) {
            text.append("Paragraph ").append(i).append(" of a very long article about the harbour wall and its repairs.\n\n");
        }
        Article article = Article.builder().id("long").source("test/long.txt").title("A very long article").language("en")
                .text(text.toString()).build();
        index.put(article, ArticleIndex.fingerprint(article));
        index.commit();
        // As served: the stored article with its (not yet linked) story and duplicates added.
        articleBytes = ReadApi.withLinks(index.articleJsonBytes("long").orElseThrow(), null).length;
        ServerLimits limits = ServerLimits.defaults().withStallTimeout(STALL).withMaxArticleResponses(ARTICLES)
                .withMaxUploads(UPLOADS).withMaxThreads(24).withMinDataRate(0);
        ServerConfig config = ServerConfig.defaults().withPort(0).withIngestToken(TOKEN);
        server = new CopydeskServer(index, config.withLimits(limits), SlowClientsTest::noPipeline).start();
        http = new Http(server.port());
        strict = new CopydeskServer(index, config.withLimits(ServerLimits.defaults()), SlowClientsTest::noPipeline).start();
    }

    static dev.copydesk.core.Pipeline noPipeline() {
        throw new AssertionError("no upload here ever finishes");
    }

    @AfterAll
    static void stop() throws IOException {
        server.stop();
        strict.stop();
        index.close();
    }

    @Test
    void clientsThatNeverReadALongArticleCannotStallTheServer() throws Exception {
        List<Socket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < 100; i++) {
                sockets.add(send("GET /api/articles/long HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
            }
            assertHealthAnswersAtOnce();

            List<Socket> served = new ArrayList<>();
            int busy = 0;
            for (Socket s : sockets) {
                s.setSoTimeout(10_000);
                String status = statusLine(s.getInputStream());
                if (status.startsWith("HTTP/1.1 200")) {
                    served.add(s);
                } else if (status.startsWith("HTTP/1.1 503")) {
                    Http.Response r = Http.parse(status + "\r\n" + new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
                    assertEquals("busy", r.json().get("error").asText(), r.body());
                    assertEquals("1", r.header("Retry-After"));
                    busy++;
                } else {
                    fail("unexpected response: " + status);
                }
            }
            assertEquals(ARTICLES, served.size(), "articles in flight at once");
            assertEquals(100 - ARTICLES, busy);

            // Read nothing more: once they have stalled for the timeout, the server gives up on every one of them.
            Thread.sleep(STALL.toMillis() + 2_000);
            for (Socket s : served) {
                long received = drain(s);
                assertTrue(received < articleBytes, "the article was cut off, not sent whole: " + received + " bytes");
            }
            Http.Response whole = http.get("/api/articles/long");
            assertEquals(200, whole.status(), "a client that reads gets the article once the stalled ones are gone");
            assertEquals(articleBytes, whole.body().getBytes(StandardCharsets.UTF_8).length);
            assertEquals("A very long article", whole.json().get("title").asText(), "a long article is whole JSON");
            assertTrue(whole.json().get("story").isNull() && whole.json().get("duplicates").isNull(), "not linked yet");
        } finally {
            closeAll(sockets);
        }
    }

    @Test
    void uploadsThatNeverFinishCannotStallTheServer() throws Exception {
        List<Socket> sockets = new ArrayList<>();
        try {
            long sent = System.nanoTime();
            for (int i = 0; i < 50; i++) {
                sockets.add(send("POST /api/articles HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + TOKEN
                        + "\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{\"text\": \"The start of"));
            }
            assertHealthAnswersAtOnce();

            List<Socket> waiting = new ArrayList<>();
            int busy = 0;
            for (Socket s : sockets) {
                s.setSoTimeout(1_000);
                try {
                    String status = statusLine(s.getInputStream());
                    assertTrue(status.startsWith("HTTP/1.1 503"), status);
                    busy++;
                } catch (SocketTimeoutException e) {
                    waiting.add(s);
                }
            }
            assertEquals(UPLOADS, waiting.size(), "uploads taken at once");
            assertEquals(50 - UPLOADS, busy);

            for (Socket s : waiting) {
                s.setSoTimeout((int) STALL.toMillis() + 10_000);
                String rest = new String(readToEnd(s), StandardCharsets.ISO_8859_1);
                assertTrue(rest.isEmpty() || rest.startsWith("HTTP/1.1 408"), rest);
            }
            long seconds = Duration.ofNanos(System.nanoTime() - sent).toSeconds();
            assertTrue(seconds < STALL.toSeconds() + 8, "the stalled uploads were closed only after " + seconds + " s");
            assertEquals(200, http.get("/api/health").status());
        } finally {
            closeAll(sockets);
        }
    }

    @Test
    void anUploadTrickledTooSlowlyIsCutOffBeforeTheStallTimeout() throws Exception {
        try (Socket s = send(strict, "POST /api/articles HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + TOKEN
                + "\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{")) {
            s.setSoTimeout(250);
            // A byte every quarter second never stalls for the timeout, but is far below the 4 KiB/s minimum.
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (System.nanoTime() < deadline) {
                try {
                    s.getOutputStream().write(' ');
                    s.getOutputStream().flush();
                } catch (SocketException closed) {
                    return;
                }
                try {
                    int b = s.getInputStream().read();
                    if (b < 0) {
                        return;
                    }
                    String status = (char) b + statusLine(s.getInputStream());
                    assertTrue(status.startsWith("HTTP/1.1 408"), status);
                    return;
                } catch (SocketTimeoutException nothingYet) {
                    // send the next byte
                } catch (SocketException closed) {
                    return;
                }
            }
            fail("the trickled upload was still being read after 10 s");
        }
    }

    private void assertHealthAnswersAtOnce() {
        long start = System.nanoTime();
        Http.Response health = http.exchange("GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertEquals(200, health.status(), health.body());
        assertTrue(millis < HEALTH_WITHIN_MILLIS, "/api/health took " + millis + " ms");
    }

    /** A socket with a small receive buffer, so that not reading soon stops the server's writes, that sent {@code request}. */
    private static Socket send(String request) throws IOException {
        return send(server, request);
    }

    private static Socket send(CopydeskServer to, String request) throws IOException {
        Socket s = new Socket();
        s.setReceiveBufferSize(4096);
        s.connect(new InetSocketAddress("127.0.0.1", to.port()), 10_000);
        s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
        s.getOutputStream().flush();
        return s;
    }

    private static String statusLine(InputStream in) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
            b.append((char) c);
        }
        return b.toString().strip();
    }

    /** Bytes read until the server closed or reset the connection; fails if it is still open. */
    private static long drain(Socket s) throws IOException {
        s.setSoTimeout(10_000);
        return readToEnd(s).length;
    }

    private static byte[] readToEnd(Socket s) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[65_536];
        try {
            for (int n = s.getInputStream().read(buf); n >= 0; n = s.getInputStream().read(buf)) {
                out.write(buf, 0, n);
            }
        } catch (SocketTimeoutException e) {
            fail("the server kept the connection open after the stall timeout (" + out.size() + " bytes read)");
        } catch (SocketException reset) {
            // the server aborted the connection: as good as closed
        }
        return out.toByteArray();
    }

    private static void closeAll(List<Socket> sockets) {
        for (Socket s : sockets) {
            try {
                s.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }
}
