package dev.copydesk.link;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Makes article ids unique across one linking run, as every edge of Copydesk names them: the first
 * article with an id keeps it, a later one gets the suffix {@code -2}, {@code -3}, ... (skipping any
 * suffixed id already given). Ids repeat when the same content is read twice (byte-identical files without
 * an id or URL hash to the same id). Feed the articles in input order so every edge renames the same ones.
 * Not thread-safe: one per run.
 */
public final class UniqueIds {
    private final Map<String, Integer> seen = new HashMap<>();

    /** The id to link {@code id} under: {@code id} itself the first time, else {@code id-N}. */
    public String next(String id) {
        Objects.requireNonNull(id, "id");
        int n = seen.merge(id, 1, Integer::sum);
        if (n == 1) {
            return id;
        }
        String unique = id + "-" + n;
        while (seen.containsKey(unique)) {
            unique = id + "-" + ++n;
        }
        seen.put(unique, 1);
        return unique;
    }
}
