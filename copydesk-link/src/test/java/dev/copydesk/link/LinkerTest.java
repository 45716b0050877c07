package dev.copydesk.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.copydesk.core.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkerTest {
    private static final String QUAKE = """
            A strong earthquake struck the coastal province of Varna early on Tuesday, collapsing bridges \
            and cutting power to thousands of homes, the regional emergency service said.

            Rescue teams from three neighbouring provinces were sent to the worst hit villages near the \
            harbour, where fishermen reported that the quay had split in two.

            The service said 14 people were injured and that aftershocks could continue for several days.
            """;
    private static final String ELECTION = """
            Voters in the mountain town of Lorsk elected a new mayor on Sunday after a campaign dominated \
            by the closure of the ski lift and the price of winter heating.

            The winner, a former schoolteacher, promised to reopen the lift by the next season and to \
            publish the town budget online every month.
            """;

    private static Article article(String id, String published, String title, String text) {
        return Article.builder().id(id).source(id + ".txt").published(published).title(title).text(text).build();
    }

    @Test
    void copiesShareAStoryAndNameTheirOriginal() {
        Linker linker = new Linker();
        String first = linker.add(article("b", "2026-03-02", "Quake hits Varna", QUAKE));
        String copy = linker.add(article("a", "2026-03-03", "Varna shaken by strong quake", QUAKE));
        String other = linker.add(article("c", "2026-03-03", "Lorsk elects a mayor", ELECTION));
        assertEquals(first, copy);
        assertNotEquals(first, other);

        LinkResult result = linker.finish();
        assertEquals(List.of("b", "a", "c"), result.articles().stream().map(ArticleLink::id).toList());
        ArticleLink a = result.articles().get(1);
        assertEquals("b", a.duplicateOf(), "the earlier published copy is the original");
        assertEquals(1.0, a.similarity());
        assertNull(result.articles().get(0).duplicateOf());
        assertNull(result.articles().get(2).duplicateOf());
        assertEquals(2, result.stories().size());
        // The label is the title closest to the story's centroid: "strong" and "Varna" are in both texts,
        // while "hits" is in neither.
        assertEquals("Varna shaken by strong quake", result.stories().get(0).label());
        assertEquals(List.of("b", "a"), result.stories().get(0).articles());
    }

    @Test
    void theSameIdTwiceIsRefused() {
        Linker linker = new Linker();
        linker.add(article("x", null, null, QUAKE));
        assertThrows(IllegalArgumentException.class, () -> linker.add(article("x", null, null, ELECTION)));
    }

    @Test
    void anArticleWithoutTitleOrTextStillGetsAStory() {
        Linker linker = new Linker();
        String story = linker.add(article("empty", null, null, ""));
        LinkResult result = linker.finish();
        assertEquals(story, result.articles().get(0).story());
        assertEquals("empty", result.stories().get(0).label());
    }

    @Test
    void aBatchIsLinkedInTimeOrderWhenEveryArticleIsDated() {
        Linker linker = new Linker();
        List<LinkInput> batch = List.of(
                LinkInput.of(article("late", "2026-03-05T10:00:00Z", "Varna shaken by strong quake", QUAKE)),
                LinkInput.of(article("early", "2026-03-02", "Quake hits Varna", QUAKE)));
        List<String> stories = linker.addAll(batch);
        assertEquals(List.of("searly", "searly"), stories, "the earlier article starts the story");
        LinkResult result = linker.finish();
        assertEquals(List.of("early", "late"), result.articles().stream().map(ArticleLink::id).toList(), "arrival order");
        assertEquals("early", result.articles().get(1).duplicateOf());
    }

    @Test
    void aBatchWithAnUndatedArticleKeepsItsOrder() {
        Linker linker = new Linker();
        List<String> stories = linker.addAll(List.of(
                LinkInput.of(article("late", "2026-03-05", "Varna shaken by strong quake", QUAKE)),
                LinkInput.of(article("undated", null, "Quake hits Varna", QUAKE)),
                LinkInput.of(article("early", "2026-03-02", "Quake hits Varna", QUAKE)).withId("renamed")));
        assertEquals(List.of("slate", "slate", "slate"), stories);
        LinkResult result = linker.finish();
        assertEquals(List.of("late", "undated", "renamed"), result.articles().stream().map(ArticleLink::id).toList());
        assertEquals("renamed", result.articles().get(0).duplicateOf(), "the earliest dated copy is the original");
        assertEquals("renamed", result.articles().get(1).duplicateOf());
    }

    @Test
    void aBatchLinkerWeighsEarlyArticlesWithTheWholeBatchsFrequencies() {
        java.util.List<LinkInput> inputs = new java.util.ArrayList<>();
        inputs.add(LinkInput.of(article("p1", null, null,
                "the harvest fair report: orchards near Kappa sold apples, pears and cider to visitors on the quay")));
        inputs.add(LinkInput.of(article("p2", null, null,
                "the harvest fair report: a brass band from Delta played marches while dancers crossed the bridge")));
        String[] topics = {"tractors", "weather", "prices", "horses", "bakers", "ferries", "schools", "rivers",
            "lanterns", "markets", "singers", "potters"};
        for (int i = 0; i < topics.length; i++) {
            inputs.add(LinkInput.of(article("q" + i, null, null, "the harvest fair report: " + topics[i]
                    + " " + topics[(i + 1) % topics.length] + " and " + topics[(i + 5) % topics.length] + " again")));
        }
        Linker batch = Linker.forBatch(inputs);
        batch.addAll(inputs);
        LinkResult known = batch.finish();
        assertNotEquals(known.articles().get(0).story(), known.articles().get(1).story(),
                "counted over the batch, the phrase every article carries does not join them");
        Linker again = Linker.forBatch(inputs.reversed());
        again.addAll(inputs);
        assertEquals(known, again.finish(), "the prior counts do not depend on the order they are given in");
    }

    @Test
    void storiesAndArticleLinksNameTheSameStoriesOnceEachOverRandomEvents() {
        java.util.Random random = new java.util.Random(11);
        String[] common = "the a said on in of to and officials reported people city police government".split(" ");
        for (int round = 0; round < 6; round++) {
            List<LinkInput> inputs = new java.util.ArrayList<>();
            for (int i = 0; i < 300; i++) {
                int event = random.nextInt(25);
                StringBuilder text = new StringBuilder();
                for (int w = 0; w < 60; w++) {
                    int pick = random.nextInt(10);
                    int other = (event + 1 + random.nextInt(2)) % 25;
                    text.append(pick < 3 ? "event" + event + "word" + random.nextInt(12)
                            : pick < 6 ? "event" + other + "word" + random.nextInt(12)
                            : pick < 8 ? common[random.nextInt(common.length)] : "noise" + random.nextInt(400)).append(' ');
                }
                inputs.add(LinkInput.of(article("r" + round + "-" + i, null, "Event " + event + " " + random.nextInt(5),
                        text.toString())));
            }
            Linker linker = Linker.forBatch(inputs);
            linker.addAll(inputs);
            LinkResult result = linker.finish();
            java.util.Map<String, List<String>> byStory = new java.util.LinkedHashMap<>();
            result.articles().forEach(l -> byStory.computeIfAbsent(l.story(), k -> new java.util.ArrayList<>()).add(l.id()));
            java.util.Map<String, List<String>> summaries = new java.util.LinkedHashMap<>();
            for (StorySummary story : result.stories()) {
                assertNull(summaries.put(story.id(), story.articles()), "story id given twice: " + story.id());
            }
            assertEquals(byStory.keySet(), summaries.keySet());
            byStory.forEach((story, ids) -> assertEquals(new java.util.HashSet<>(ids),
                    new java.util.HashSet<>(summaries.get(story)), story));
        }
    }
}
