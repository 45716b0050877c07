package dev.copydesk.pipeline;

import dev.copydesk.annotate.Layers;
import dev.copydesk.core.Article;
import dev.copydesk.index.ArticleIndex;
import dev.copydesk.index.ArticleLinks;
import dev.copydesk.index.LinkSource;
import dev.copydesk.link.ArticleLink;
import dev.copydesk.link.LinkResult;
import dev.copydesk.link.Linker;
import dev.copydesk.link.StorySummary;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Links the whole index again: replays every stored article through a fresh {@link Linker} in arrival
 * order and stores the links that changed. The linker is deterministic for an arrival order and new
 * articles arrive after the old ones, so re-ingesting never changes a story id: new articles join
 * existing stories or start their own. Only the articles' text, title, date and entity mentions are read,
 * one at a time (the linker keeps what it needs of each), never their other annotation layers.
 *
 * <p>Not thread-safe: the {@link IndexStore} that owns it calls it under its own lock.
 */
public final class StoryLinking {
    private final ArticleIndex index;

    /** Links over {@code index}, which must be writable. */
    public StoryLinking(ArticleIndex index) {
        this.index = Objects.requireNonNull(index, "index");
    }

    /** What one relink did. */
    public record Outcome(int articles, int stories, int changed, long millis) {
    }

    /**
     * Links every article searchable after a refresh, stores the links that differ from the stored ones
     * and refreshes again so searches see them. Nothing is committed.
     */
    public Outcome relink() throws IOException {
        long start = System.nanoTime();
        index.refresh();
        Linker linker = new Linker();
        Map<String, ArticleLinks> before = new HashMap<>();
        index.forEachLinkSource(s -> {
            linker.add(article(s));
            if (s.links() != null) {
                before.put(s.id(), s.links());
            }
        });
        LinkResult result = linker.finish();
        Map<String, String> labels = new HashMap<>();
        for (StorySummary story : result.stories()) {
            labels.put(story.id(), story.label());
        }
        int changed = 0;
        for (ArticleLink l : result.articles()) {
            ArticleLinks now = new ArticleLinks(l.story(), labels.get(l.story()), l.duplicateOf(), l.similarity(),
                    l.differingParagraphs());
            if (!now.equals(before.get(l.id()))) {
                index.setLinks(l.id(), now);
                changed++;
            }
        }
        if (changed > 0) {
            index.refresh();
        }
        return new Outcome(result.articles().size(), result.stories().size(), changed,
                (System.nanoTime() - start) / 1_000_000);
    }

    private static Article article(LinkSource s) {
        return Article.builder().id(s.id()).source(s.id()).title(s.title()).published(s.published())
                .text(s.text()).build().withLayer(Layers.ENTITIES, s.entities());
    }
}
