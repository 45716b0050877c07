package dev.copydesk.http;

import dev.copydesk.annotate.EntityType;
import dev.copydesk.index.EntityProfile;
import dev.copydesk.index.FacetValue;
import dev.copydesk.index.Facets;
import dev.copydesk.index.QuoteHit;
import dev.copydesk.index.SearchHit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JSON shapes of the API's answers (records Jackson writes as objects, fields in declaration
 * order), and the conversions from the index's types. Described, field by field, in {@code openapi.json}.
 */
final class Views {
    private Views() {
    }

    record Health(String status, long articles, String version) {
    }

    record Error(String error, String message) {
    }

    /**
     * A search hit. {@code snippet} is plain text; {@code highlights} are the matched parts as
     * [start, end) UTF-16 offsets into it, so a client highlights without ever parsing markup.
     */
    record Hit(String id, String title, String source, String url, String published, float score, String snippet,
               List<int[]> highlights) {
    }

    record FacetsView(Map<String, List<FacetValue>> entities, List<FacetValue> speakers, List<FacetValue> sources,
                      List<FacetValue> dates) {
    }

    record SearchPage(long total, int page, int size, List<Hit> hits, FacetsView facets) {
    }

    record ArticleRef(String id, String title, String source, String published) {
    }

    record QuoteView(String text, boolean direct, String speaker, String speakerCanonical, String cue, int start, int end,
                     Integer speakerStart, Integer speakerEnd, ArticleRef article) {
    }

    record QuotePage(int page, int size, boolean more, List<QuoteView> quotes) {
    }

    record EntityList(List<dev.copydesk.index.EntitySummary> entities) {
    }

    record Profile(String canonical, String type, long articles, List<EntityProfile.ArticleMentions> mentions,
                   List<FacetValue> cooccurring, List<QuoteView> quotes, List<FacetValue> timeline) {
    }

    record Ingested(String id, String result) {
    }

    static Hit hit(SearchHit h) {
        StringBuilder text = new StringBuilder(h.snippet() == null ? 0 : h.snippet().length());
        List<int[]> ranges = new ArrayList<>();
        int open = -1;
        String s = h.snippet() == null ? "" : h.snippet();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == SearchHit.MARK_START) {
                open = text.length();
            } else if (c == SearchHit.MARK_END) {
                if (open >= 0 && text.length() > open) {
                    ranges.add(new int[] {open, text.length()});
                }
                open = -1;
            } else {
                text.append(c);
            }
        }
        return new Hit(h.id(), h.title(), h.source(), h.url(), h.published(), h.score(), text.toString(), ranges);
    }

    /** Entity facets keyed by type in {@link EntityType} order (unknown types after, alphabetically). */
    static FacetsView facets(Facets f) {
        Map<String, List<FacetValue>> byType = new LinkedHashMap<>();
        for (EntityType t : EntityType.values()) {
            List<FacetValue> v = f.entities().get(t.name());
            if (v != null) {
                byType.put(t.name(), v);
            }
        }
        new TreeMap<>(f.entities()).forEach(byType::putIfAbsent);
        return new FacetsView(byType, f.speakers(), f.sources(), f.dates());
    }

    static QuoteView quote(QuoteHit q) {
        return new QuoteView(q.text(), q.direct(), q.speaker(), q.speakerCanonical(), q.cue(), q.start(), q.end(),
                q.speakerStart() < 0 ? null : q.speakerStart(), q.speakerEnd() < 0 ? null : q.speakerEnd(),
                new ArticleRef(q.articleId(), q.articleTitle(), q.source(), q.published()));
    }

    static Profile profile(EntityProfile p) {
        return new Profile(p.canonical(), p.type(), p.articles(), p.mentions(), p.cooccurring(),
                p.quotes().stream().map(Views::quote).toList(), p.timeline());
    }
}
