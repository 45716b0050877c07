package dev.copydesk.index;

import static dev.copydesk.index.TestArticles.article;
import static org.junit.jupiter.api.Assertions.*;

import dev.copydesk.annotate.AnnotationJson;
import dev.copydesk.annotate.EntityType;
import dev.copydesk.core.Article;
import dev.copydesk.core.ArticleJson;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleIndexTest {
    @TempDir
    Path dir;

    private ArticleIndex indexed(List<Article> articles) throws IOException {
        ArticleIndex index = ArticleIndex.open(dir);
        for (Article a : articles) {
            assertEquals(PutResult.ADDED, index.put(a, ArticleIndex.fingerprint(a)));
        }
        index.commit();
        return index;
    }

    private static SearchQuery query(String text, List<String> entities, List<String> speakers, List<String> sources,
                                     LocalDate from, LocalDate to) {
        return new SearchQuery(text, entities, speakers, sources, from, to, 0, 10);
    }

    private static List<String> ids(SearchResult r) {
        return r.hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void roundTripKeepsTheAnalysedJson() throws IOException {
        List<Article> three = TestArticles.three();
        try (ArticleIndex index = indexed(three)) {
            assertEquals(3, index.size());
            for (Article a : three) {
                assertEquals(ArticleJson.toJson(a, List.of(AnnotationJson.INSTANCE)), index.articleJson(a.id()).orElseThrow());
            }
            assertTrue(index.articleJson("nope").isEmpty());
        }
        try (ArticleIndex again = ArticleIndex.openReadOnly(dir)) {
            assertEquals(3, again.size());
            assertTrue(again.readOnly());
        }
    }

    @Test
    void putAgainReplacesAndNeverDuplicates() throws IOException {
        List<Article> three = TestArticles.three();
        try (ArticleIndex index = indexed(three)) {
            Article a1 = three.get(0);
            assertEquals(PutResult.UNCHANGED, index.put(a1, ArticleIndex.fingerprint(a1)));
            assertTrue(index.isCurrent("a1", ArticleIndex.fingerprint(a1)));
            Article changed = a1.toBuilder().title("Mayor backs the harbour wall again").build();
            String fp = ArticleIndex.fingerprint(changed);
            assertFalse(index.isCurrent("a1", fp));
            assertEquals(PutResult.REPLACED, index.put(changed, fp));
            // before any refresh the index already knows what it holds
            assertEquals(PutResult.UNCHANGED, index.put(changed, fp));
            assertTrue(index.isCurrent("a1", fp));
            index.commit();
            assertEquals(3, index.size());
            assertEquals(List.of("a1"), ids(index.search(SearchQuery.of("again"))));
            assertEquals(1, index.quotes("Mary Jenkins", null, 0, 10).size());
            assertEquals(3, index.quotes(null, null, 0, 10).size());
        }
    }

    @Test
    void repeatedQueriesReuseResultsUntilTheIndexChanges() throws IOException {
        List<Article> three = TestArticles.three();
        try (ArticleIndex index = indexed(three)) {
            SearchResult first = index.search(SearchQuery.of("again"));
            assertEquals(0, first.total());
            assertSame(first, index.search(SearchQuery.of("again")));
            List<QuoteHit> quotes = index.quotes(null, null, 0, 10);
            assertSame(quotes, index.quotes(null, null, 0, 10));
            Article changed = three.get(0).toBuilder().title("Mayor backs the harbour wall again").build();
            index.put(changed, ArticleIndex.fingerprint(changed));
            index.refresh();
            assertEquals(List.of("a1"), ids(index.search(SearchQuery.of("again"))));
            assertThrows(UnsupportedOperationException.class, () -> index.entities("", null, 10).clear());
        }
    }

    @Test
    void fingerprintCoversContentAndMetadataButNotLayers() {
        Article a = TestArticles.three().get(0);
        String fp = ArticleIndex.fingerprint(a);
        assertEquals(fp, ArticleIndex.fingerprint(a.toBuilder().build()));
        assertEquals(fp, ArticleIndex.fingerprint(article("a1").url("https://www.harbour-news.example/2016/09/wall")
                .published("2016-09-12").title("Mayor backs harbour wall").text(a.text()).build()));
        assertNotEquals(fp, ArticleIndex.fingerprint(a.toBuilder().published("2016-09-13").build()));
        assertNotEquals(fp, ArticleIndex.fingerprint(a.toBuilder().text(a.text() + " More.").build()));
    }

    @Test
    void filtersByEntitySpeakerSourceAndDate() throws IOException {
        try (ArticleIndex index = indexed(TestArticles.three())) {
            assertEquals(List.of("a2", "a1"), ids(index.search(query("", List.of("mary jenkins"), List.of(), List.of(), null, null))));
            assertEquals(List.of("a2"), ids(index.search(query("", List.of("PORTHLEVEN", "Tom Ford"), List.of(), List.of(), null, null))));
            assertEquals(List.of("a2"), ids(index.search(query("", List.of(), List.of("tom ford"), List.of(), null, null))));
            assertEquals(List.of("a3"), ids(index.search(query("", List.of(), List.of(), List.of("Breitbart"), null, null))));
            assertEquals(List.of("a2", "a1"), ids(index.search(query("", List.of(), List.of(), List.of("harbour-news.example"), null, null))));
            // a3 has no published date: its file name's date (2016-09-20) places it
            assertEquals(List.of("a3", "a1"), ids(index.search(query("", List.of(), List.of(), List.of(),
                    LocalDate.of(2016, 9, 1), LocalDate.of(2016, 9, 30)))));
            assertEquals(List.of("a2"), ids(index.search(query("", List.of(), List.of(), List.of(), LocalDate.of(2016, 10, 3), null))));
            assertEquals(List.of("a1"), ids(index.search(query("harbour", List.of(), List.of("Mary Jenkins"), List.of(),
                    null, LocalDate.of(2016, 9, 12)))));
            assertEquals(0, index.search(query("", List.of("Nobody"), List.of(), List.of(), null, null)).total());
        }
    }

    @Test
    void blankQueryListsNewestFirstThenById() throws IOException {
        List<Article> articles = List.of(
                article("b").published("2020-01-01").text("one").build(),
                article("c").text("no date").build(),
                article("a").published("2020-01-01").text("two").build(),
                article("d").published("2021-05-05T10:00:00+02:00").text("three").build());
        try (ArticleIndex index = indexed(articles)) {
            SearchResult r = index.search(SearchQuery.of("  "));
            assertEquals(List.of("d", "a", "b", "c"), ids(r));
            assertEquals(4, r.total());
            assertEquals(0f, r.hits().get(0).score());
            SearchResult page = index.search(new SearchQuery("", null, null, null, null, null, 1, 2));
            assertEquals(List.of("a", "b"), ids(page));
            assertEquals(4, page.total());
            assertEquals(4, index.search(new SearchQuery("", null, null, null, null, null, 0, 0)).total());
        }
    }

    @Test
    void facetsCountEveryMatch() throws IOException {
        try (ArticleIndex index = indexed(TestArticles.three())) {
            Facets all = index.search(SearchQuery.of("")).facets();
            assertEquals(List.of(new FacetValue("Mary Jenkins", 2), new FacetValue("Ann Lee", 1), new FacetValue("Tom Ford", 1)),
                    all.entities().get("PERSON"));
            assertEquals(List.of(new FacetValue("Porthleven", 2), new FacetValue("Ohio", 1)), all.entities().get("LOCATION"));
            assertEquals(2, all.entities().get("NORP").size());
            assertEquals(List.of(), all.entities().get("MISC"));
            assertEquals(List.of(new FacetValue("harbour-news.example", 2), new FacetValue("breitbart", 1)), all.sources());
            assertEquals(List.of(new FacetValue("2016-09", 2), new FacetValue("2016-10", 1)), all.dates());
            assertEquals(3, all.speakers().size());

            SearchResult harbour = index.search(query("harbour", List.of(), List.of(), List.of("harbour-news.example"), null, null));
            assertEquals(2, harbour.total());
            assertEquals(List.of(new FacetValue("Mary Jenkins", 2), new FacetValue("Tom Ford", 1)), harbour.facets().entities().get("PERSON"));
            assertEquals(List.of(new FacetValue("2016-09", 1), new FacetValue("2016-10", 1)), harbour.facets().dates());
        }
    }

    @Test
    void snippetsMarkMatchesInPlainText() throws IOException {
        Article a = article("h").title("Markup in the body").published("2020-02-02")
                .text("Readers wrote <b>bold</b> & \"quoted\" letters about the ferry timetable. Other things happened too, "
                        + "at length, in a second sentence that says nothing about boats at all.")
                .build();
        try (ArticleIndex index = indexed(List.of(a))) {
            SearchHit hit = index.search(SearchQuery.of("ferry")).hits().get(0);
            assertTrue(hit.snippet().contains(SearchHit.MARK_START + "ferry" + SearchHit.MARK_END), hit.snippet());
            assertTrue(hit.snippet().contains("<b>bold</b> & \"quoted\""), hit.snippet());
            assertFalse(hit.snippet().contains("&amp;"), hit.snippet());
            assertTrue(hit.score() > 0);
            // a stemmed match is marked as written
            String letters = index.search(SearchQuery.of("letter")).hits().get(0).snippet();
            assertTrue(letters.contains(SearchHit.MARK_START + "letters" + SearchHit.MARK_END), letters);
            // a title-only match shows the opening without marks
            String title = index.search(SearchQuery.of("title:markup")).hits().get(0).snippet();
            assertTrue(title.startsWith("Readers wrote"), title);
            assertEquals(-1, title.indexOf(SearchHit.MARK_START));
            assertEquals("Markup in the body", index.search(SearchQuery.of("markup")).hits().get(0).title());
        }
    }

    @Test
    void captionsAndTitlesAreSearchedTitlesRankFirst() throws IOException {
        try (ArticleIndex index = indexed(TestArticles.three())) {
            assertEquals(List.of("a2"), ids(index.search(SearchQuery.of("pupils return"))));
            List<String> storm = ids(index.search(SearchQuery.of("storm")));
            assertEquals("a2", storm.get(0));
            assertEquals(List.of("a2", "a1"), storm);
            assertEquals(List.of("a1"), ids(index.search(SearchQuery.of("\"right thing\""))));
            assertEquals(0, index.search(SearchQuery.of("the")).total());
        }
    }

    @Test
    void entitiesListsByArticleCount() throws IOException {
        try (ArticleIndex index = indexed(TestArticles.three())) {
            List<EntitySummary> all = index.entities("", null, 100);
            assertEquals(new EntitySummary("Mary Jenkins", "PERSON", 2), all.get(0));
            assertEquals(new EntitySummary("Porthleven", "LOCATION", 2), all.get(1));
            assertEquals(9, all.size());
            assertEquals(List.of(new EntitySummary("Mary Jenkins", "PERSON", 2)), index.entities("JENK", null, 5));
            assertEquals(List.of("Democrats", "Republicans"),
                    index.entities(null, "norp", 5).stream().map(EntitySummary::canonical).toList());
            assertEquals(1, index.entities("o", "PERSON", 1).size());
            assertThrows(InvalidQueryException.class, () -> index.entities("", "PLANET", 5));
        }
    }

    @Test
    void entityProfile() throws IOException {
        try (ArticleIndex index = indexed(TestArticles.three())) {
            EntityProfile p = index.entity("mary jenkins").orElseThrow();
            assertEquals("Mary Jenkins", p.canonical());
            assertEquals("PERSON", p.type());
            assertEquals(2, p.articles());
            assertEquals(List.of("a2", "a1"), p.mentions().stream().map(EntityProfile.ArticleMentions::articleId).toList());
            EntityProfile.ArticleMentions a1 = p.mentions().get(1);
            assertEquals("harbour-news.example", a1.source());
            assertEquals("2016-09-12", a1.published());
            String text = TestArticles.three().get(0).text();
            assertEquals(List.of("Mary Jenkins", "Jenkins"), a1.mentions().stream().map(EntityProfile.Mention::text).toList());
            for (EntityProfile.Mention m : a1.mentions()) {
                assertEquals(m.text(), text.substring(m.start(), m.end()));
            }
            assertEquals(new FacetValue("Porthleven", 2), p.cooccurring().get(0));
            assertTrue(p.cooccurring().stream().noneMatch(v -> v.value().equals("Mary Jenkins")));
            assertEquals(1, p.quotes().size());
            assertEquals("It is the right thing to do,", p.quotes().get(0).text());
            assertEquals(List.of(new FacetValue("2016-09", 1), new FacetValue("2016-10", 1)), p.timeline());
            assertTrue(index.entity("Nobody Atall").isEmpty());
            assertTrue(index.entity(" ").isEmpty());
        }
    }

    @Test
    void quotesBySpeakerAndWords() throws IOException {
        List<Article> three = TestArticles.three();
        try (ArticleIndex index = indexed(three)) {
            List<QuoteHit> all = index.quotes(null, null, 0, 10);
            assertEquals(List.of("a2", "a3", "a1"), all.stream().map(QuoteHit::articleId).toList());
            QuoteHit ford = all.get(0);
            assertEquals("Tom Ford", ford.speakerCanonical());
            assertEquals("Ford", ford.speaker());
            assertEquals("School reopens after storm repairs", ford.articleTitle());
            assertEquals("harbour-news.example", ford.source());
            String text = three.get(1).text();
            assertEquals(ford.text(), text.substring(ford.start(), ford.end()));
            assertEquals("Ford", text.substring(ford.speakerStart(), ford.speakerEnd()));
            assertTrue(ford.direct());
            assertEquals("said", ford.cue());
            assertEquals(List.of("a3"), index.quotes("ANN LEE", null, 0, 10).stream().map(QuoteHit::articleId).toList());
            assertEquals(List.of("a1"), index.quotes(null, "right thing", 0, 10).stream().map(QuoteHit::articleId).toList());
            assertEquals(List.of(), index.quotes("Ann Lee", "right", 0, 10));
            assertEquals(List.of("a3"), index.quotes(null, null, 1, 1).stream().map(QuoteHit::articleId).toList());
            assertThrows(InvalidQueryException.class, () -> index.quotes(null, "\"unclosed", 0, 10));
            assertThrows(InvalidQueryException.class, () -> index.quotes(null, null, -1, 10));
            assertThrows(InvalidQueryException.class, () -> index.quotes(null, null, 0, 1000));
        }
    }

    @Test
    void readOnlySeesWriterCommitsAfterRefresh() throws IOException {
        List<Article> three = TestArticles.three();
        try (ArticleIndex writer = ArticleIndex.open(dir)) {
            writer.put(three.get(0), ArticleIndex.fingerprint(three.get(0)));
            writer.commit();
            try (ArticleIndex reader = ArticleIndex.openReadOnly(dir)) {
                assertEquals(1, reader.size());
                writer.put(three.get(1), ArticleIndex.fingerprint(three.get(1)));
                writer.refresh();
                assertEquals(2, writer.size());
                reader.refresh();
                assertEquals(1, reader.size(), "uncommitted puts stay invisible to readers");
                writer.commit();
                assertEquals(1, reader.size());
                reader.refresh();
                assertEquals(2, reader.size());
                assertEquals(List.of("a2"), ids(reader.search(SearchQuery.of("school"))));
                IllegalStateException e = assertThrows(IllegalStateException.class,
                        () -> reader.put(three.get(2), ArticleIndex.fingerprint(three.get(2))));
                assertTrue(e.getMessage().contains("read-only"), e.getMessage());
            }
        }
    }

    @Test
    void secondWriterGetsAClearError() throws IOException {
        try (ArticleIndex first = ArticleIndex.open(dir)) {
            IndexLockedException e = assertThrows(IndexLockedException.class, () -> ArticleIndex.open(dir));
            assertEquals("index " + dir + " is in use by another copydesk process", e.getMessage());
            try (ArticleIndex reader = ArticleIndex.openReadOnly(dir)) {
                assertEquals(0, reader.size());
            }
            assertEquals(0, first.size());
        }
        try (ArticleIndex again = ArticleIndex.open(dir)) {
            assertEquals(0, again.size());
        }
    }

    @Test
    void missingIndexIsReported() {
        NoIndexException e = assertThrows(NoIndexException.class, () -> ArticleIndex.openReadOnly(dir.resolve("none")));
        assertEquals("no index at " + dir.resolve("none"), e.getMessage());
        assertThrows(NoIndexException.class, () -> ArticleIndex.openReadOnly(dir));
    }

    @Test
    void uncommittedPutsAreLostOnlyWhenNeverCommitted() throws IOException {
        List<Article> three = TestArticles.three();
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            index.put(three.get(0), ArticleIndex.fingerprint(three.get(0)));
            index.commit();
            index.put(three.get(1), ArticleIndex.fingerprint(three.get(1)));
            try (ArticleIndex reader = ArticleIndex.openReadOnly(dir)) {
                assertEquals(1, reader.size());
            }
        }
        // close commits
        try (ArticleIndex reader = ArticleIndex.openReadOnly(dir)) {
            assertEquals(2, reader.size());
        }
    }

    @Test
    void awkwardValuesAreIndexedSafely() throws IOException {
        String name = "Odd\u001fName\u0000 " + "x".repeat(300);
        Article a = article("odd").title(null).url("not a url at all").published("sometime in 2016")
                .text("Text about " + name + " and nothing else.")
                .entity(name, EntityType.MISC, name)
                .quote("nothing", null, null)
                .build();
        try (ArticleIndex index = indexed(List.of(a, article("empty").text("").build()))) {
            assertEquals(2, index.size());
            SearchHit hit = index.search(SearchQuery.of("nothing")).hits().get(0);
            assertEquals("odd", hit.id());
            assertNull(hit.title());
            assertEquals("test/story.txt", hit.source());
            assertEquals(1, index.entities("odd name", "MISC", 5).size());
            assertTrue(index.entity(name).isPresent());
            assertNull(index.quotes(null, "nothing", 0, 5).get(0).speakerCanonical());
        }
    }

    @Test
    void searchesRunWhileArticlesArePut() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                int first = t;
                work.add(pool.submit(() -> {
                    for (int i = first; i < 200; i += 2) {
                        Article a = CrashSafetyTest.numbered(i);
                        index.put(a, ArticleIndex.fingerprint(a));
                        if (i % 50 == 0) {
                            index.commit();
                        }
                    }
                    return null;
                }));
            }
            for (int t = 0; t < 2; t++) {
                work.add(pool.submit(() -> {
                    for (int i = 0; i < 100; i++) {
                        SearchResult r = index.search(SearchQuery.of(i % 2 == 0 ? "harbour" : ""));
                        assertTrue(r.total() <= 200);
                        index.entities("", null, 5);
                        index.refresh();
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
            index.commit();
            assertEquals(200, index.size());
            assertEquals(200, index.search(SearchQuery.of("harbour")).total());
        } finally {
            pool.shutdownNow();
        }
    }
}
