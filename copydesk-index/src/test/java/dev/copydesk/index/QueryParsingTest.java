package dev.copydesk.index;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryParsingTest {
    static final List<String> HOSTILE = List.of("\"unclosed", "AND", "OR", "NOT", "title:(", "*", "?", "(", ")", "[", "]",
            "{", "}", "a AND", "AND b", "a OR OR b", "title:", ":", "::", "\\", "a\\", "~", "^", "a^", "a^x", "a~x",
            "[a TO", "[a TO b", "{* TO *", "json:x", "kind:quote", "aid:a1", "unknown:(a b)", "+", "-", "!", "&&", "||",
            "/unclosed", "/[/", "/a{1,100000}/", "a:b:c", "\"a\"~", "\"a\"~x", "(((((a", "a)))))", "*ab", "?ab", "title:*x",
            "x".repeat(QueryParsing.MAX_LENGTH + 1), "a ".repeat(600), "(".repeat(400) + "a" + ")".repeat(400),
            "a~10000000000", "a^1e40000", "/(a{1,20}){1,20}/", "/((a{1,20}){1,20}){1,20}/", "/.*.*.*.*.*.*.*.*.*.*a.*b.*c.*d/",
            "/[a-z]{20}[0-9]{20}/", "/(a|b|c|d|e|f|g)*(a|b)*x{1,20}/", "/a{ 1000}/", "/a{2,  999999999999}/");

    @TempDir
    Path dir;
    ArticleIndex index;

    @BeforeEach
    void open() throws IOException {
        index = ArticleIndex.open(dir);
        for (var a : TestArticles.three()) {
            index.put(a, ArticleIndex.fingerprint(a));
        }
        index.commit();
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void hostileQueriesAreInvalidWithAMessage() {
        for (String q : HOSTILE) {
            try {
                index.search(SearchQuery.of(q));
            } catch (InvalidQueryException e) {
                assertNotNull(e.getMessage(), q);
                assertFalse(e.getMessage().isBlank(), q);
                assertTrue(e.getMessage().length() < 400, e.getMessage());
                continue;
            } catch (Throwable t) {
                fail("query '" + q + "' threw " + t, t);
            }
            // a few of these are legal (a^x is fine when x is a number, say): they simply ran
        }
        for (String q : List.of("\"unclosed", "AND", "title:(", "*", "x".repeat(1001), "json:x", "kind:quote")) {
            assertThrows(InvalidQueryException.class, () -> index.search(SearchQuery.of(q)), q);
        }
    }

    @Test
    void messagesSayWhatIsWrong() {
        assertEquals("query is too long: 1001 characters, at most 1000",
                assertThrows(InvalidQueryException.class, () -> index.search(SearchQuery.of("x".repeat(1001)))).getMessage());
        String field = assertThrows(InvalidQueryException.class, () -> index.search(SearchQuery.of("Breaking: news"))).getMessage();
        assertTrue(field.contains("unknown field 'Breaking'"), field);
        String quote = assertThrows(InvalidQueryException.class, () -> index.search(SearchQuery.of("\"unclosed"))).getMessage();
        assertTrue(quote.startsWith("invalid query: "), quote);
        assertFalse(quote.contains("Was expecting"), quote);
        String deep = assertThrows(InvalidQueryException.class,
                () -> index.search(new SearchQuery("", null, null, null, null, null, 9_995, 10))).getMessage();
        assertTrue(deep.contains("at most 10000"), deep);
    }

    @Test
    void legalSyntaxRuns() throws IOException {
        for (String q : List.of("harbour AND wall", "harbour OR poll", "harbour -school", "title:poll", "harb*", "harbur~1",
                "\"harbour wall\"~2", "text:[a TO c]", "(school OR poll) AND NOT ohio", "*:*", "Breaking\\: news", "ford^2 school")) {
            assertNotNull(index.search(SearchQuery.of(q)), q);
        }
        assertEquals(3, index.search(SearchQuery.of("*:*")).total());
        assertEquals(3, index.search(SearchQuery.of("harbour OR poll")).total());
    }

    @Test
    void randomStringsNeverThrowAnythingElse() {
        Random random = new Random(42);
        String alphabet = "ab \"'()[]{}:*?~^\\/+-!&|<>=.,0123456789TOANDORNOT\u00e9\u4e2d\uD83D\uDE00\u0000\n\t";
        for (int i = 0; i < 3_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(30);
            for (int j = 0; j < n; j++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String q = b.toString();
            try {
                index.search(SearchQuery.of(q));
                index.quotes(null, q, 0, 5);
            } catch (InvalidQueryException e) {
                assertNotNull(e.getMessage());
            } catch (Throwable t) {
                fail("query '" + q + "' threw " + t, t);
            }
        }
    }
}
