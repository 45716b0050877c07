package dev.copydesk.index;

import static org.junit.jupiter.api.Assertions.*;

import dev.copydesk.core.Article;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A writer killed with SIGKILL loses only what it had not committed; the index opens and resumes. */
class CrashSafetyTest {
    static final int COMMITTED = 30;
    static final int UNCOMMITTED = 20;

    @TempDir
    Path dir;

    static Article numbered(int i) {
        return TestArticles.article("n" + i).published("2020-01-" + String.format("%02d", 1 + i % 28))
                .title("Article number " + i).text("Body of article " + i + " about the harbour and the school.").build();
    }

    /** Run in a child process: commits {@link #COMMITTED} articles, puts more, says READY and waits to be killed. */
    public static void main(String[] args) throws Exception {
        ArticleIndex index = ArticleIndex.open(Path.of(args[0]));
        for (int i = 0; i < COMMITTED; i++) {
            index.put(numbered(i), ArticleIndex.fingerprint(numbered(i)));
        }
        index.commit();
        for (int i = COMMITTED; i < COMMITTED + UNCOMMITTED; i++) {
            index.put(numbered(i), ArticleIndex.fingerprint(numbered(i)));
        }
        index.refresh();
        System.out.println("READY " + index.size());
        System.out.flush();
        Thread.sleep(60_000);
    }

    @Test
    void killedWriterLosesOnlyUncommittedArticles() throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashSafetyTest.class.getName(), dir.toString()));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("READY " + (COMMITTED + UNCOMMITTED), out.readLine());
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        } finally {
            p.destroyForcibly();
        }
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            assertEquals(COMMITTED, index.size());
            int resumed = 0;
            for (int i = 0; i < COMMITTED + UNCOMMITTED; i++) {
                Article a = numbered(i);
                String fp = ArticleIndex.fingerprint(a);
                assertEquals(i < COMMITTED, index.isCurrent(a.id(), fp), a.id());
                if (!index.isCurrent(a.id(), fp)) {
                    assertEquals(PutResult.ADDED, index.put(a, fp));
                    resumed++;
                }
            }
            index.commit();
            assertEquals(UNCOMMITTED, resumed);
            assertEquals(COMMITTED + UNCOMMITTED, index.size());
            assertEquals(COMMITTED + UNCOMMITTED, index.search(SearchQuery.of("harbour")).total());
        } catch (IOException e) {
            fail(e);
        }
    }
}
