package dev.copydesk.index;

import java.util.List;

/** A page of hits, the total number of matching articles, and facets over all of them. */
public record SearchResult(long total, List<SearchHit> hits, Facets facets) {
    public SearchResult {
        hits = List.copyOf(hits);
    }
}
