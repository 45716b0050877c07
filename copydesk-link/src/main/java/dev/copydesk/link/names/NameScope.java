package dev.copydesk.link.names;

import dev.copydesk.annotate.EntityType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The names found in one scope, a story or the whole corpus, with how often each occurs, and the indexes
 * the {@link NameRule}s read: PERSON names by last word, and the other names grouped into
 * {@link NameVariants variants}. Rules may memoise results here.
 *
 * <p>Built and used within one call; not thread-safe.
 */
final class NameScope {
    private final String label;
    private final Map<Name, int[]> counts = new TreeMap<>();
    private final Map<String, List<Name>> personsByLastWord = new HashMap<>();
    private final Map<Name, NameOutcome> memo = new HashMap<>();
    private Map<Name, List<Name>> variantGroups;

    /** An empty scope; {@code label} ends the rules' explanations ("in its story", "in the corpus"). */
    NameScope(String label) {
        this.label = label;
    }

    /** Counts one article's mentions of {@code name}: {@code mentions} of them in a new article. */
    void add(Name name, int mentions) {
        int[] c = counts.get(name);
        if (c == null) {
            counts.put(name, new int[] {mentions, 1});
            if (name.type() == EntityType.PERSON && !name.words().isEmpty()) {
                List<String> words = name.words();
                personsByLastWord.computeIfAbsent(words.get(words.size() - 1), k -> new ArrayList<>()).add(name);
            }
            variantGroups = null;
        } else {
            c[0] += mentions;
            c[1]++;
        }
    }

    String label() {
        return label;
    }

    boolean contains(Name name) {
        return counts.containsKey(name);
    }

    /** All names of the scope, in type then name order. */
    Collection<Name> names() {
        return counts.keySet();
    }

    /** Mentions of {@code name} over the scope's articles; 0 when absent. */
    int mentions(Name name) {
        int[] c = counts.get(name);
        return c == null ? 0 : c[0];
    }

    /** Articles of the scope that mention {@code name}; 0 when absent. */
    int articles(Name name) {
        int[] c = counts.get(name);
        return c == null ? 0 : c[1];
    }

    /** The PERSON names whose last word is {@code word} (lower case), in name order. */
    List<Name> personsEndingIn(String word) {
        return personsByLastWord.getOrDefault(word, List.of());
    }

    /** The variant group of {@code name} (itself included), in name order; just itself when alone. */
    List<Name> variantsOf(Name name) {
        if (variantGroups == null) {
            variantGroups = NameVariants.groups(counts.keySet());
        }
        return variantGroups.getOrDefault(name, List.of(name));
    }

    NameOutcome memo(Name name) {
        return memo.get(name);
    }

    void memo(Name name, NameOutcome outcome) {
        memo.put(name, outcome);
    }
}
