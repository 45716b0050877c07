package dev.copydesk.index;

import static org.junit.jupiter.api.Assertions.*;

import dev.copydesk.annotate.AnnotationJson;
import dev.copydesk.annotate.Layers;
import dev.copydesk.annotate.Quote;
import dev.copydesk.core.Article;
import dev.copydesk.core.ArticleJson;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Arrival order, link fields updated in place, and the story views built from them. */
class StoryLinksTest {
    @TempDir
    Path dir;

    private static final ArticleLinks HARBOUR = new ArticleLinks("sa1", "Mayor backs harbour wall", null, 1.0, List.of());

    private static ArticleIndex linked(Path dir) throws IOException {
        ArticleIndex index = ArticleIndex.open(dir);
        for (Article a : TestArticles.three()) {
            index.put(a, ArticleIndex.fingerprint(a));
        }
        index.refresh();
        index.setLinks("a1", HARBOUR);
        index.setLinks("a2", new ArticleLinks("sa1", "Mayor backs harbour wall", "a1", 0.5, List.of(1, 2)));
        index.setLinks("a3", new ArticleLinks("sa3", "Poll: voters weigh the election", null, 1.0, List.of()));
        index.commit();
        return index;
    }

    @Test
    void sourcesComeInArrivalOrderWithTheirTextAndLinks() throws IOException {
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            List<Article> three = TestArticles.three();
            for (Article a : List.of(three.get(2), three.get(0), three.get(1))) {
                index.put(a, ArticleIndex.fingerprint(a));
            }
            index.refresh();
            List<LinkSource> seen = new ArrayList<>();
            index.forEachLinkSource(seen::add);
            assertEquals(List.of("a3", "a1", "a2"), seen.stream().map(LinkSource::id).toList());
            assertEquals(three.get(0).text(), seen.get(1).text());
            assertEquals("Mayor backs harbour wall", seen.get(1).title());
            assertEquals("2016-09-12", seen.get(1).published());
            assertNull(seen.get(0).published());
            assertEquals(List.of("Mary Jenkins", "Porthleven", "Jenkins", "Environment Agency"),
                    seen.get(1).entities().stream().map(e -> e.text()).toList());
            assertEquals("Mary Jenkins", seen.get(1).entities().get(2).canonical());
            assertEquals(three.get(0).text().indexOf("Porthleven"), seen.get(1).entities().get(1).start());
            assertNull(seen.get(0).links(), "nothing is linked before the first relink");

            index.setLinks("a1", HARBOUR);
            Article changed = three.get(0).toBuilder().text(three.get(0).text() + " More.").build();
            assertEquals(PutResult.REPLACED, index.put(changed, ArticleIndex.fingerprint(changed)));
            index.refresh();
            seen.clear();
            index.forEachLinkSource(seen::add);
            assertEquals(List.of("a3", "a1", "a2"), seen.stream().map(LinkSource::id).toList(),
                    "a replaced article keeps its place");
            assertTrue(seen.get(1).text().endsWith("More."));
            assertNull(seen.get(1).links(), "a replaced article waits for the next relink");
        }
    }

    @Test
    void arrivalNumbersSurviveReopening() throws IOException {
        List<Article> three = TestArticles.three();
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            index.put(three.get(1), ArticleIndex.fingerprint(three.get(1)));
            index.put(three.get(0), ArticleIndex.fingerprint(three.get(0)));
        }
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            index.put(three.get(2), ArticleIndex.fingerprint(three.get(2)));
            index.refresh();
            List<String> ids = new ArrayList<>();
            index.forEachLinkSource(s -> ids.add(s.id()));
            assertEquals(List.of("a2", "a1", "a3"), ids);
        }
    }

    @Test
    void linksAreReadBackAndSurviveReopening() throws IOException {
        linked(dir).close();
        try (ArticleIndex index = ArticleIndex.openReadOnly(dir)) {
            ArticleStory a2 = index.articleStory("a2").orElseThrow();
            assertEquals("sa1", a2.links().story());
            assertEquals("a1", a2.links().duplicateOf());
            assertEquals(0.5, a2.links().similarity());
            assertEquals(List.of(1, 2), a2.links().differingParagraphs());
            assertEquals(2, a2.size());
            assertEquals(List.of("a2"), index.articleStory("a1").orElseThrow().copies());
            assertEquals(List.of(), a2.copies());
            assertTrue(index.articleStory("nope").isEmpty());
            assertEquals(3, index.search(SearchQuery.of("")).total(), "updating links keeps the articles searchable");
        }
    }

    @Test
    void storiesListNewestFirstWithOutletsDatesAndKeyEntities() throws IOException {
        try (ArticleIndex index = linked(dir)) {
            StoryPage all = index.stories(new StoryQuery("", null, null, null, 0, 10));
            assertEquals(2, all.total());
            StoryListing harbour = all.stories().get(0);
            assertEquals("sa1", harbour.id(), "the harbour story's latest article (October) is newer than the poll's");
            assertEquals("Mayor backs harbour wall", harbour.label());
            assertEquals(2, harbour.articles());
            assertEquals(List.of("harbour-news.example"), harbour.outlets());
            assertEquals("2016-09-12", harbour.first());
            assertEquals("2016-10-03", harbour.last());
            assertEquals(new FacetValue("Mary Jenkins", 2), harbour.keyEntities().get(0));
            assertEquals(new FacetValue("Porthleven", 2), harbour.keyEntities().get(1));
            assertEquals("sa3", all.stories().get(1).id());
            assertEquals(List.of("breitbart"), all.stories().get(1).outlets());
        }
    }

    @Test
    void storiesFilterByTextEntityAndDates() throws IOException {
        try (ArticleIndex index = linked(dir)) {
            assertEquals(List.of("sa3"), ids(index.stories(new StoryQuery("pollster", null, null, null, 0, 10))));
            assertEquals(List.of("sa1", "sa3"), ids(index.stories(new StoryQuery("harbour", null, null, null, 0, 10))));
            assertEquals(List.of("sa1"), ids(index.stories(new StoryQuery("", "tom ford", null, null, 0, 10))));
            assertEquals(List.of("sa3"), ids(index.stories(new StoryQuery("", null, LocalDate.parse("2016-09-15"),
                    LocalDate.parse("2016-09-30"), 0, 10))));
            assertEquals(List.of("sa1"), ids(index.stories(new StoryQuery("", null, LocalDate.parse("2016-10-01"), null, 0, 10))));
            StoryPage second = index.stories(new StoryQuery("harbour", null, null, null, 1, 1));
            assertEquals(2, second.total());
            assertEquals(List.of("sa3"), ids(second));
            assertThrows(InvalidQueryException.class, () -> index.stories(new StoryQuery("title:(", null, null, null, 0, 10)));
        }
    }

    @Test
    void aStoryHasItsArticlesInArrivalOrderAndATimeline() throws IOException {
        try (ArticleIndex index = linked(dir)) {
            StoryDetail d = index.story("sa1").orElseThrow();
            assertEquals(List.of("a1", "a2"), d.articles().stream().map(StoryDetail.Member::id).toList());
            StoryDetail.Member copy = d.articles().get(1);
            assertEquals("a1", copy.duplicateOf());
            assertEquals("School reopens after storm repairs", copy.title());
            assertEquals("harbour-news.example", copy.outlet());
            assertEquals(List.of(new StoryDetail.Day("2016-09-12", List.of("a1")),
                    new StoryDetail.Day("2016-10-03", List.of("a2"))), d.timeline());
            assertTrue(index.story("nope").isEmpty());
        }
    }

    @Test
    void storedArticlesReadBackWithTheirLayers() throws IOException {
        try (ArticleIndex index = linked(dir)) {
            List<Article> three = TestArticles.three();
            List<Article> back = index.articles(List.of("a2", "nope", "a1"));
            assertEquals(List.of("a2", "a1"), back.stream().map(Article::id).toList());
            for (Article a : back) {
                Article original = three.stream().filter(x -> x.id().equals(a.id())).findFirst().orElseThrow();
                assertEquals(ArticleJson.toJson(original, List.of(AnnotationJson.INSTANCE)),
                        ArticleJson.toJson(a, List.of(AnnotationJson.INSTANCE)));
            }
            Quote q = back.get(0).layer(Layers.QUOTES, "test").items().get(0);
            assertEquals("Tom Ford", q.speakerCanonical());
            assertEquals("We are back,", back.get(0).text().substring(q.start(), q.end()));
        }
    }

    private static List<String> ids(StoryPage p) {
        return p.stories().stream().map(StoryListing::id).toList();
    }
}
