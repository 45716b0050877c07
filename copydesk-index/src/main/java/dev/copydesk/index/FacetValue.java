package dev.copydesk.index;

/** A facet bucket: a value and how many matching articles have it. */
public record FacetValue(String value, long count) {
}
