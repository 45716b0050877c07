package dev.copydesk.pipeline;

import static org.junit.jupiter.api.Assertions.*;

import dev.copydesk.core.Article;
import dev.copydesk.core.Pipeline;
import dev.copydesk.index.ArticleIndex;
import dev.copydesk.index.ArticleStory;
import dev.copydesk.index.StoryListing;
import dev.copydesk.index.StoryQuery;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingest links as it goes: stories and copies after a run, and story ids that later runs never change. */
class StoryLinkingTest {
    @TempDir
    Path dir;

    static final String BRIDGE = "The Tamar bridge will close for three weeks of cable repairs, the bridge authority said on "
            + "Monday. Engineers found corroded cables under the eastern span during an inspection in March.\n\n"
            + "Commuters between Plymouth and Saltash face detours of forty minutes while the Tamar bridge is shut. "
            + "The authority promised extra ferries across the river during the closure.";
    static final String FLOOD = "Flood water swept through the valley villages of Keswick and Cockermouth overnight, and "
            + "rescue teams evacuated two hundred residents by boat.\n\nThe river Derwent reached its highest level on "
            + "record. Forecasters warned of more heavy rain over the fells before the weekend.";

    static Article article(String id, String outlet, String published, String title, String text) {
        return Article.builder().id(id).source(id + ".txt").url("https://" + outlet + "/" + id).published(published)
                .title(title).language("en").text(text).build();
    }

    static List<Article> firstRun() {
        return List.of(
                article("b1", "west-news.example", "2024-03-04", "Tamar bridge to close for cable repairs", BRIDGE),
                article("f1", "lakes-post.example", "2024-03-05", "Floods force valley evacuations", FLOOD),
                article("b2", "wire.example", "2024-03-05", "Tamar bridge to close for cable repairs", BRIDGE),
                article("f2", "north-daily.example", "2024-03-06", "Derwent floods: villages evacuated",
                        FLOOD + "\n\nThe council opened a rest centre "
                                + "in the Keswick school hall for evacuated families."));
    }

    private Ingestor ingestor(ArticleIndex index) {
        IngestConfig config = IngestConfig.defaults();
        return new Ingestor(config, new ArticleAnalyzer(config.analysis(), () -> Pipeline.of(new WordStage())),
                new IndexStore(index));
    }

    @Test
    void aRunLinksStoriesAndCopies() throws IOException {
        try (Ingestor in = ingestor(ArticleIndex.open(dir))) {
            firstRun().forEach(in::ingest);
        }
        try (ArticleIndex index = ArticleIndex.openReadOnly(dir)) {
            List<StoryListing> stories = index.stories(new StoryQuery("", null, null, null, 0, 10)).stories();
            assertEquals(List.of("sf1", "sb1"), stories.stream().map(StoryListing::id).toList());
            assertEquals(2, stories.get(0).articles());
            assertEquals("Tamar bridge to close for cable repairs", stories.get(1).label());
            ArticleStory b2 = index.articleStory("b2").orElseThrow();
            assertEquals("sb1", b2.links().story());
            assertEquals("b1", b2.links().duplicateOf());
            assertEquals(1.0, b2.links().similarity());
            assertEquals(List.of("b2"), index.articleStory("b1").orElseThrow().copies());
            ArticleStory f2 = index.articleStory("f2").orElseThrow();
            assertEquals("sf1", f2.links().story());
            assertEquals("f1", f2.links().duplicateOf(), "a lightly edited copy still copies");
            assertTrue(f2.links().similarity() < 1.0);
            assertTrue(f2.links().differingParagraphs().contains(2), "the added paragraph differs");
        }
    }

    @Test
    void laterRunsKeepStoryIdsAndJoinNewArticles() throws IOException {
        try (Ingestor in = ingestor(ArticleIndex.open(dir))) {
            firstRun().forEach(in::ingest);
        }
        ArticleIndex index = ArticleIndex.open(dir);
        IndexStore store;
        try (Ingestor in = new Ingestor(IngestConfig.defaults(), new ArticleAnalyzer(IngestConfig.defaults().analysis(),
                () -> Pipeline.of(new WordStage())), store = new IndexStore(index))) {
            for (Article a : firstRun()) {
                assertEquals(IngestResult.Status.UNCHANGED, in.ingest(a).status());
            }
            in.ingest(article("b3", "east-times.example", "2024-03-07", "Ferries added during Tamar bridge closure",
                    "Extra ferries will cross the river while the Tamar bridge is shut for cable repairs, the bridge "
                            + "authority said. Commuters from Saltash to Plymouth welcomed the ferries."));
            in.ingest(article("e1", "west-news.example", "2024-03-07", "Orchestra names new conductor",
                    "The city orchestra named a Finnish violinist as its new principal conductor for the autumn concert "
                            + "season, with symphonies by Sibelius and Nielsen."));
            in.commit();
            assertEquals(6, store.lastLinking().articles());
            assertEquals(3, store.lastLinking().stories());
            assertEquals(2, store.lastLinking().changed(), "only the new articles needed links");
            assertEquals("sb1", index.articleStory("b3").orElseThrow().links().story());
            assertEquals("se1", index.articleStory("e1").orElseThrow().links().story());
            assertEquals("sf1", index.articleStory("f2").orElseThrow().links().story());
            assertEquals(3, index.articleStory("b1").orElseThrow().size());
        }
    }

    @Test
    void articlesLeftUnlinkedByAnEarlierRunAreLinkedAtTheNextCommit() throws IOException {
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            for (Article a : firstRun()) {
                index.put(a, ArticleIndex.fingerprint(a));
            }
        }
        ArticleIndex index = ArticleIndex.open(dir);
        assertEquals(4, index.unlinked());
        IndexStore store = new IndexStore(index);
        store.commit();
        assertEquals(4, store.lastLinking().changed());
        assertEquals(0, index.unlinked());
        assertEquals("sb1", index.articleStory("b2").orElseThrow().links().story());
        store.close();
        IndexStore again = new IndexStore(ArticleIndex.open(dir));
        again.commit();
        assertNull(again.lastLinking(), "a linked index is not relinked for nothing");
        again.close();
    }

    @Test
    void nothingPutMeansNoRelink() throws IOException {
        ArticleIndex index = ArticleIndex.open(dir);
        IndexStore store = new IndexStore(index);
        store.commit();
        assertNull(store.lastLinking());
        store.put(firstRun().get(0), ArticleIndex.fingerprint(firstRun().get(0)));
        store.commit();
        assertEquals(1, store.lastLinking().articles());
        assertEquals("sb1", index.articleStory("b1").orElseThrow().links().story());
        store.close();
    }
}
