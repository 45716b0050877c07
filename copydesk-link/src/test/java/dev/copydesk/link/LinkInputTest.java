package dev.copydesk.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.copydesk.annotate.Entity;
import dev.copydesk.annotate.Layers;
import dev.copydesk.core.Article;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A link input built from an article's fields and entity names links as one built from the article. */
class LinkInputTest {
    private static final List<Article> STORY = AnalyzedArticles.read(LinkInputTest.class, "kessel-story.analyzed.jsonl");

    private static LinkResult link(List<LinkInput> inputs) {
        Linker linker = Linker.forBatch(inputs);
        linker.addAll(inputs);
        return linker.finish();
    }

    @Test
    void fieldsAndEntityNamesLinkAsTheWholeArticle() {
        List<LinkInput> fromArticles = new ArrayList<>();
        List<LinkInput> fromFields = new ArrayList<>();
        for (Article a : STORY) {
            fromArticles.add(LinkInput.of(a));
            List<String> names = a.layer(Layers.ENTITIES, "test").items().stream().map(Entity::canonical).toList();
            assertFalse(names.isEmpty(), a.id() + " is analysed");
            fromFields.add(LinkInput.of(a.id(), a.published(), a.title(), a.text(), names));
            // A copy under a new id, without entities: as an article without the layer.
            Article bare = Article.builder().id(a.id() + "-bare").source(a.source()).title(a.title())
                    .published(a.published()).text(a.text()).build();
            fromArticles.add(LinkInput.of(bare));
            fromFields.add(LinkInput.of(bare.id(), bare.published(), bare.title(), bare.text(), null));
        }
        LinkResult want = link(fromArticles);
        LinkResult got = link(fromFields);
        assertEquals(want.articles(), got.articles());
        assertEquals(want.stories(), got.stories());
        assertEquals(fromArticles.stream().map(LinkInput::published).toList(),
                fromFields.stream().map(LinkInput::published).toList());
    }
}
