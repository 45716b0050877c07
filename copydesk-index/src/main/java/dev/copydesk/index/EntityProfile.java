package dev.copydesk.index;

import java.util.List;

/**
 * Everything the index knows about one entity: the articles that mention it (most recent first, each
 * with its mentions' spans), the entities that co-occur with it most, its quotes when it is a speaker,
 * and a timeline of mentioning articles by month.
 */
public record EntityProfile(String canonical, String type, long articles, List<ArticleMentions> mentions,
                            List<FacetValue> cooccurring, List<QuoteHit> quotes, List<FacetValue> timeline) {
    public EntityProfile {
        mentions = List.copyOf(mentions);
        cooccurring = List.copyOf(cooccurring);
        quotes = List.copyOf(quotes);
        timeline = List.copyOf(timeline);
    }

    /** One article's mentions of the entity: the surface forms and their [start, end) spans in its text. */
    public record ArticleMentions(String articleId, String title, String source, String published, List<Mention> mentions) {
        public ArticleMentions {
            mentions = List.copyOf(mentions);
        }
    }

    /** A mention as written, with its span. */
    public record Mention(String text, int start, int end) {
    }
}
