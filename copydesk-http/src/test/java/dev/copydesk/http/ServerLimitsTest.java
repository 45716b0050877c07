package dev.copydesk.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.index.ArticleIndex;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerLimitsTest {
    @TempDir
    Path dir;

    @Test
    void badLimitsAreRefusedByName() {
        ServerLimits d = ServerLimits.defaults();
        assertTrue(assertThrows(IllegalArgumentException.class, () -> d.withMaxConnections(0)).getMessage().contains("maxConnections"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> d.withMaxThreads(2)).getMessage().contains("maxThreads"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> d.withStallTimeout(Duration.ZERO)).getMessage().contains("stallTimeout"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> d.withMinDataRate(-1)).getMessage().contains("minDataRate"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> d.withMaxArticleResponses(0)).getMessage().contains("maxArticleResponses"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> d.withMaxUploads(0)).getMessage().contains("maxUploads"));
        assertEquals(ServerLimits.defaults(), ServerConfig.defaults().limits());
    }

    @Test
    void connectionsPastTheLimitWaitUntilOneCloses() throws Exception {
        try (ArticleIndex index = ArticleIndex.open(dir);
             CopydeskServer server = new CopydeskServer(index, ServerConfig.defaults().withPort(0)
                     .withLimits(ServerLimits.defaults().withMaxConnections(4))).start()) {
            List<Socket> idle = new ArrayList<>();
            try {
                for (int i = 0; i < 4; i++) {
                    idle.add(new Socket("127.0.0.1", server.port()));
                }
                try (Socket waiting = new Socket("127.0.0.1", server.port())) {
                    waiting.getOutputStream().write("GET /api/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                            .getBytes(StandardCharsets.ISO_8859_1));
                    waiting.setSoTimeout(1_500);
                    assertThrows(SocketTimeoutException.class, () -> waiting.getInputStream().read(),
                            "a fifth connection is not served while four are open");
                    idle.remove(0).close();
                    waiting.setSoTimeout(10_000);
                    String response = new String(waiting.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
                    assertTrue(response.startsWith("HTTP/1.1 200"), response);
                }
            } finally {
                for (Socket s : idle) {
                    close(s);
                }
            }
        }
    }

    private static void close(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
