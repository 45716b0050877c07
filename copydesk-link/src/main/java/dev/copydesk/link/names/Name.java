package dev.copydesk.link.names;

import dev.copydesk.annotate.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** A per-article canonical name with its type, the unit names are resolved in. Immutable. */
record Name(EntityType type, String canonical) implements Comparable<Name> {
    Name {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(canonical, "canonical");
    }

    /**
     * The name's words, lower-cased with {@link Locale#ROOT}, split at white space, with a trailing period
     * ("J.") and a possessive ending ("Trump's") removed; empty words are dropped.
     */
    List<String> words() {
        List<String> words = new ArrayList<>();
        for (String raw : canonical.strip().split("\\s+")) {
            String w = raw.toLowerCase(Locale.ROOT);
            if (w.endsWith("'s") || w.endsWith("’s")) {
                w = w.substring(0, w.length() - 2);
            }
            while (w.endsWith(".") || w.endsWith(",")) {
                w = w.substring(0, w.length() - 1);
            }
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    /** The same type with another canonical name. */
    Name renamed(String other) {
        return new Name(type, other);
    }

    @Override
    public int compareTo(Name o) {
        int c = type.compareTo(o.type);
        return c != 0 ? c : canonical.compareTo(o.canonical);
    }
}
