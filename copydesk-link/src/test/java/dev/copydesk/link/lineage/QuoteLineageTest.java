package dev.copydesk.link.lineage;

import static dev.copydesk.link.Fixtures.article;
import static dev.copydesk.link.Fixtures.q;
import static dev.copydesk.link.Fixtures.withQuotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.Article;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class QuoteLineageTest {
    private static final Map<String, String> OUTLETS = Map.of("wire", "wire.example", "daily", "daily.example",
            "tabloid", "tabloid.example", "weekly", "weekly.example", "blog", "blog.example");
    private static final Function<Article, String> OUTLET = a -> OUTLETS.get(a.id());
    private static final String FULL = "It is not our war. Ukrainians have never done anything bad to us";

    private static final Article WIRE = withQuotes(article("wire", "2024-09-21T08:00:00Z",
                    "He said: \"" + FULL + ".\" Then he left. \"We will win,\" he added."),
            q(FULL, "He", "Ruslan Gabbasov"), q("We will win", "he", "Ruslan Gabbasov"));
    private static final Article DAILY = withQuotes(article("daily", "2024-09-21T12:00:00Z",
                    "“it is NOT our war... Ukrainians have never done anything bad to us,” the activist said."),
            q("it is NOT our war... Ukrainians have never done anything bad to us", "the activist", null));
    private static final Article TABLOID = withQuotes(article("tabloid", "2024-09-22",
                    "'Ukrainians have never done anything bad to us', Gabbasov claimed. 'We will win', said Putin."),
            q("Ukrainians have never done anything bad to us", "Gabbasov", "Ruslan Gabbasov"),
            q("We will win", "Putin", "Vladimir Putin"));
    private static final Article WEEKLY = withQuotes(article("weekly", null,
                    "\"It is not our war. Ukrainians have never done anything wrong to us,\" said a Bashkir leader."),
            q("It is not our war. Ukrainians have never done anything wrong to us", "a Bashkir leader", null));
    private static final Article BLOG = withQuotes(article("blog", "2024-09-20",
                    "\"The harvest in the valley was the best we have seen in a decade,\" the farmer said."),
            q("The harvest in the valley was the best we have seen in a decade", "the farmer", null));

    @Test
    void theSameQuoteIsFollowedFromItsFirstPublication() {
        List<QuoteThread> threads = QuoteLineage.trace(List.of(TABLOID, WEEKLY, DAILY, BLOG, WIRE), OUTLET);
        QuoteThread war = threads.get(0);
        assertEquals("wire", war.firstArticle());
        assertEquals("wire.example", war.firstOutlet());
        assertEquals("2024-09-21T08:00:00Z", war.firstPublished());
        assertEquals(FULL, war.text());
        assertEquals(List.of("wire", "daily", "tabloid", "weekly"),
                war.versions().stream().map(QuoteVersion::articleId).toList(), "dated by date, undated last");
        assertEquals(List.of("identical", "identical", "trimmed", "altered"),
                war.versions().stream().map(QuoteVersion::kind).toList());
        assertEquals(4, war.articles());
    }

    @Test
    void eachVersionKeepsItsOwnAttribution() {
        QuoteThread war = QuoteLineage.trace(List.of(WIRE, DAILY, TABLOID, WEEKLY), OUTLET).get(0);
        assertEquals("Ruslan Gabbasov", war.versions().get(0).speaker());
        assertEquals("the activist", war.versions().get(1).speaker(), "no canonical: the speaker as written");
        assertEquals("a Bashkir leader", war.versions().get(3).speaker());
        QuoteVersion daily = war.versions().get(1);
        assertEquals(daily.text(), DAILY.text().substring(daily.start(), daily.end()));
        assertEquals("daily.example", daily.outlet());
    }

    @Test
    void aShortQuoteMatchesOnlyIdenticallyAndKeepsBothSpeakers() {
        List<QuoteThread> threads = QuoteLineage.trace(List.of(WIRE, TABLOID), OUTLET);
        QuoteThread win = threads.stream().filter(t -> t.text().equals("We will win")).findFirst().orElseThrow();
        assertEquals(List.of("Ruslan Gabbasov", "Vladimir Putin"),
                win.versions().stream().map(QuoteVersion::speaker).toList());
        Article near = withQuotes(article("daily", "2024-09-23", "\"We shall win,\" he said."),
                q("We shall win", "he", null));
        assertTrue(QuoteLineage.trace(List.of(WIRE, near), OUTLET).isEmpty(), "three words differ by one: no match");
    }

    @Test
    void theDiffShowsRemovedAndAddedWordsAsWritten() {
        QuoteThread war = QuoteLineage.trace(List.of(WIRE, DAILY, TABLOID, WEEKLY), OUTLET).get(0);
        assertEquals(List.of(new DiffOp("same", "It is not our war Ukrainians have never done anything bad to us")),
                war.versions().get(0).diff());
        // Case, ellipsis and quote marks are no difference; the version's own words are shown.
        assertEquals(List.of(new DiffOp("same", "it is NOT our war Ukrainians have never done anything bad to us")),
                war.versions().get(1).diff());
        assertEquals(List.of(new DiffOp("removed", "It is not our war"),
                        new DiffOp("same", "Ukrainians have never done anything bad to us")),
                war.versions().get(2).diff());
        assertEquals(List.of(new DiffOp("same", "It is not our war Ukrainians have never done anything"),
                        new DiffOp("removed", "bad"), new DiffOp("added", "wrong"), new DiffOp("same", "to us")),
                war.versions().get(3).diff());
    }

    @Test
    void unrelatedQuotesAndQuotesOfOneArticleMakeNoThread() {
        assertTrue(QuoteLineage.trace(List.of(BLOG, WIRE), OUTLET).isEmpty());
        Article twice = withQuotes(article("wire", "2024-09-21",
                        "\"" + FULL + ",\" he said, and again: \"" + FULL + ".\""),
                q(FULL, "he", null), q(FULL, null, null));
        assertTrue(QuoteLineage.trace(List.of(twice), OUTLET).isEmpty());
    }

    @Test
    void anExtendedQuoteIsTrimmedTheOtherWay() {
        List<QuoteThread> threads = QuoteLineage.trace(List.of(TABLOID, WIRE), OUTLET);
        QuoteThread war = threads.stream().filter(t -> t.firstArticle().equals("wire")).findFirst().orElseThrow();
        assertEquals(2, war.versions().size());
        // Earlier, the wire gave the long version; here the tabloid's shorter quote came later.
        assertEquals("trimmed", war.versions().get(1).kind());
        Article early = withQuotes(article("tabloid", "2024-09-01",
                        "'Ukrainians have never done anything bad to us', Gabbasov claimed."),
                q("Ukrainians have never done anything bad to us", "Gabbasov", "Ruslan Gabbasov"));
        QuoteThread reversed = QuoteLineage.trace(List.of(WIRE, early), OUTLET).get(0);
        assertEquals("tabloid", reversed.firstArticle());
        assertEquals(List.of(new DiffOp("added", "It is not our war"),
                new DiffOp("same", "Ukrainians have never done anything bad to us")), reversed.versions().get(1).diff());
    }

    @Test
    void theResultDoesNotDependOnArticleOrder() {
        List<Article> articles = new ArrayList<>(List.of(WIRE, DAILY, TABLOID, WEEKLY, BLOG));
        List<QuoteThread> first = QuoteLineage.trace(articles, OUTLET);
        Collections.reverse(articles);
        assertEquals(first, QuoteLineage.trace(articles, OUTLET));
        assertEquals(2, first.size());
    }

    @Test
    void manyQuotesAreTracedWithoutComparingEveryPair() {
        // 3,000 articles of distinct sentences, every tenth quoting one shared statement: quick, and exact.
        List<Article> articles = new ArrayList<>();
        java.util.Random random = new java.util.Random(7);
        String[] vocabulary = new String[2000];
        for (int i = 0; i < vocabulary.length; i++) {
            vocabulary[i] = "w" + Integer.toString(i, 36);
        }
        String shared = "the river has never been this high in all my years here";
        for (int i = 0; i < 3000; i++) {
            StringBuilder words = new StringBuilder();
            for (int w = 0; w < 14; w++) {
                words.append(w == 0 ? "" : " ").append(vocabulary[random.nextInt(vocabulary.length)]);
            }
            String quote = i % 10 == 0 ? shared : words.toString();
            articles.add(withQuotes(article(String.format("n%04d", i), null, "\"" + quote + ",\" she said."),
                    q(quote, "she", null)));
        }
        String altered = "the river has never been this high in all my life here";
        articles.add(withQuotes(article("n9999", null, "\"" + altered + ",\" she said."), q(altered, "she", null)));
        long start = System.nanoTime();
        List<QuoteThread> threads = QuoteLineage.trace(articles, a -> "outlet");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(1, threads.size());
        assertEquals(301, threads.get(0).versions().size());
        assertEquals("n0000", threads.get(0).firstArticle());
        QuoteVersion last = threads.get(0).versions().get(300);
        assertEquals("n9999", last.articleId());
        assertEquals("altered", last.kind(), "a quote repeated 300 times still finds its altered version");
        assertTrue(millis < 10_000, "took " + millis + " ms");
    }
}
