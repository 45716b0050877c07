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
}
