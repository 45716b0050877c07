package dev.copydesk.http;

import dev.copydesk.index.ArticleStory;
import dev.copydesk.index.FacetValue;
import dev.copydesk.index.StoryDetail;
import dev.copydesk.index.StoryListing;
import dev.copydesk.link.figures.FigureGroup;
import dev.copydesk.link.lineage.QuoteThread;
import java.util.List;

/**
 * The JSON shapes of the story routes and of an article's links, and the conversions from the index's
 * types. Described, field by field, in {@code openapi.json}.
 */
final class StoryViews {
    private StoryViews() {
    }

    record Story(String id, String label, int articles, List<String> outlets, String first, String last,
                 List<FacetValue> keyEntities) {
    }

    record StoryList(long total, int offset, int limit, List<Story> stories) {
    }

    record Member(String id, String title, String outlet, String published, String duplicateOf, double similarity,
                  List<Integer> differingParagraphs) {
    }

    record Day(String day, int count, List<String> articles) {
    }

    record StoryPage(String id, String label, int size, List<String> outlets, String first, String last,
                     List<FacetValue> keyEntities, List<Member> articles, List<Day> timeline, List<QuoteThread> quotes,
                     List<FigureGroup> figures) {
    }

    /** What {@code GET /api/articles/{id}} adds to the stored article. */
    record StoryRef(String id, String label, int size) {
    }

    record Duplicates(String duplicateOf, double similarity, List<Integer> differingParagraphs, List<String> copies) {
    }

    record ArticleLinks(StoryRef story, Duplicates duplicates) {
    }

    static Story story(StoryListing s) {
        return new Story(s.id(), s.label(), s.articles(), s.outlets(), s.first(), s.last(), s.keyEntities());
    }

    /** A story page; its key entities are those of {@code compared}, under their names across articles. */
    static StoryPage page(StoryDetail d, StoryComparisons.Result compared) {
        StoryListing s = d.summary();
        return new StoryPage(s.id(), s.label(), s.articles(), s.outlets(), s.first(), s.last(), compared.keyEntities(),
                d.articles().stream().map(m -> new Member(m.id(), m.title(), m.outlet(), m.published(), m.duplicateOf(),
                        m.similarity(), m.differingParagraphs())).toList(),
                d.timeline().stream().map(t -> new Day(t.day(), t.articles().size(), t.articles())).toList(),
                compared.quotes(), compared.figures());
    }

    /** An article's links, or both {@code null} while it waits for its first linking. */
    static ArticleLinks links(ArticleStory a) {
        if (a == null) {
            return new ArticleLinks(null, null);
        }
        return new ArticleLinks(new StoryRef(a.links().story(), a.links().storyLabel(), a.size()),
                new Duplicates(a.links().duplicateOf(), a.links().similarity(), a.links().differingParagraphs(),
                        a.copies()));
    }
}
