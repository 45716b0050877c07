package dev.copydesk.link.names;

import java.util.Objects;

/**
 * The one name Copydesk gives an entity across articles.
 *
 * @param name     the per-article canonical name as the entity linker wrote it ("Trump")
 * @param resolved the name used across articles ("Donald Trump"); equal to {@code name} when it stays
 * @param how      why, in words: "surname of the only PERSON named …Trump in its story", "ambiguous: …",
 *                 "no other form of this name in the corpus"
 */
public record NameResolution(String name, String resolved, String how) {
    public NameResolution {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(resolved, "resolved");
        Objects.requireNonNull(how, "how");
    }

    /** Whether the name was changed. */
    public boolean changed() {
        return !name.equals(resolved);
    }

    /** Whether the name stays because more than one entity could carry it. */
    public boolean ambiguous() {
        return how.startsWith(NameOutcome.AMBIGUOUS);
    }
}
