package dev.copydesk.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.copydesk.core.Article;
import dev.copydesk.link.ArticleLink;
import dev.copydesk.link.LinkResult;
import dev.copydesk.link.LinkInput;
import dev.copydesk.link.Linker;
import java.util.List;
import org.junit.jupiter.api.Test;

class DriverLinkingTest {
    private static final String QUAKE = "A strong earthquake struck Varna on Monday, damaging dozens of buildings "
            + "along the seafront and cutting power to the old town.\n\nThe seismology institute put its magnitude at 5.8.";
    private static final String ELECTION = "Voters in Lorsk elected Anna Kovac as mayor on Sunday, ending a month of "
            + "uncertainty after the first round.";

    private static ArticleFeatures features(String input, int record, String id, String published, String title, String text) {
        return new ArticleFeatures(input, record, id, input + "#" + record, title, published, text, null);
    }

    @Test
    void linksEqualTheLinkersInInputOrderAndARepeatedIdIsAnError() {
        List<ArticleFeatures> in = List.of(
                features("f1", 0, "b", "2026-03-02", "Quake hits Varna", QUAKE),
                features("f1", 1, "a", "2026-03-03", "Varna shaken by strong quake", QUAKE + " Aftershocks followed."),
                features("f2", 0, "c", null, "Lorsk elects a mayor", ELECTION),
                features("f2", 1, "b", null, "Same id again", ELECTION));
        DriverLinking.Result result = DriverLinking.link(in);

        List<LinkInput> inputs = in.subList(0, 3).stream().map(f -> LinkInput.of(Article.builder().id(f.id())
                .source(f.source()).title(f.title()).published(f.published()).text(f.text()).build())).toList();
        Linker linker = Linker.forBatch(inputs);
        linker.addAll(inputs);
        LinkResult expected = linker.finish();
        assertEquals(expected.stories(), result.stories());
        assertEquals(3, result.linked().size());
        for (ArticleLink l : expected.articles()) {
            assertEquals(l, result.byId().get(l.id()));
        }
        DriverLinking.Link copy = result.links().get(1);
        assertEquals("b", copy.duplicateOf(), "the near-copy names its original");
        assertEquals(result.links().get(0).story(), copy.story());
        assertEquals(expected.stories().get(0).label(), copy.storyLabel(), "the label is the linker's");

        DriverLinking.Link repeat = result.links().get(3);
        assertEquals("f2", repeat.input());
        assertEquals(1, repeat.record());
        assertNull(repeat.story());
        assertEquals("repeats article id b of f1#0 (not linked)", repeat.error());
    }
}
