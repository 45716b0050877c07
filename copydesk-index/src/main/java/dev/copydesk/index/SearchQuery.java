package dev.copydesk.index;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A search: free text in Lucene's classic query syntax (blank matches every article), narrowed by
 * canonical entity names, speakers and outlets (each list ANDed; values match exactly, case-insensitively),
 * and an inclusive publication-date range. {@code offset}/{@code limit} page the hits.
 */
public record SearchQuery(String text, List<String> entities, List<String> speakers, List<String> sources,
                          LocalDate from, LocalDate to, int offset, int limit) {
    public static final int MAX_LIMIT = 100;

    public SearchQuery {
        text = text == null ? "" : text;
        entities = List.copyOf(entities == null ? List.of() : entities);
        speakers = List.copyOf(speakers == null ? List.of() : speakers);
        sources = List.copyOf(sources == null ? List.of() : sources);
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be >= 0");
        }
        if (limit < 0 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 0 and " + MAX_LIMIT);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
    }

    /** All articles matching {@code text}, first page of 10. */
    public static SearchQuery of(String text) {
        return new SearchQuery(Objects.requireNonNullElse(text, ""), List.of(), List.of(), List.of(), null, null, 0, 10);
    }
}
