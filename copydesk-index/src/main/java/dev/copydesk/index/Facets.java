package dev.copydesk.index;

import java.util.List;
import java.util.Map;

/**
 * Facet counts over all articles matching a search (not just the page): canonical entity names by
 * type (keys are {@code EntityType} names: PERSON, ORGANIZATION, LOCATION, NORP, MISC), speakers'
 * canonical names, outlets, and a publication-date histogram by month ({@code "2016-09"}), oldest first.
 */
public record Facets(Map<String, List<FacetValue>> entities, List<FacetValue> speakers, List<FacetValue> sources,
                     List<FacetValue> dates) {
    public Facets {
        entities = Map.copyOf(entities);
        speakers = List.copyOf(speakers);
        sources = List.copyOf(sources);
        dates = List.copyOf(dates);
    }
}
