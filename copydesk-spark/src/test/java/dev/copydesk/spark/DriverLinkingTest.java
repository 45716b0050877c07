package dev.copydesk.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    void linksEqualTheLinkersInInputOrderAndARepeatedIdIsNumberedAsTheStoriesCommandNumbersIt() {
        List<ArticleFeatures> in = List.of(
                features("f1", 0, "b", "2026-03-02", "Quake hits Varna", QUAKE),
                features("f1", 1, "a", "2026-03-03", "Varna shaken by strong quake", QUAKE + " Aftershocks followed."),
                features("f2", 0, "c", null, "Lorsk elects a mayor", ELECTION),
                features("f2", 1, "b", null, "Same id again", ELECTION));
        DriverLinking.Result result = DriverLinking.link(in);

        List<String> ids = List.of("b", "a", "c", "b-2");
        List<LinkInput> inputs = new java.util.ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            ArticleFeatures f = in.get(i);
            inputs.add(LinkInput.of(Article.builder().id(ids.get(i)).source(f.source()).title(f.title())
                    .published(f.published()).text(f.text()).build()));
        }
        Linker linker = Linker.forBatch(inputs);
        linker.addAll(inputs);
        LinkResult expected = linker.finish();
        assertEquals(expected.stories(), result.stories());
        assertEquals(4, result.linked().size());
        for (ArticleLink l : expected.articles()) {
            assertEquals(l, result.byId().get(l.id()));
        }
        DriverLinking.Link copy = result.links().get(1);
        assertEquals("b", copy.duplicateOf(), "the near-copy names its original");
        assertEquals(result.links().get(0).story(), copy.story());
        assertEquals(expected.stories().get(0).label(), copy.storyLabel(), "the label is the linker's");

        assertEquals(ids, result.links().stream().map(DriverLinking.Link::id).toList());
        DriverLinking.Link repeat = result.links().get(3);
        assertEquals("f2", repeat.input());
        assertEquals(1, repeat.record());
        assertEquals(result.links().get(2).story(), repeat.story(), "the same text as c, under its own id");
    }
}
