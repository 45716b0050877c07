package dev.copydesk.link.names;

import dev.copydesk.annotate.EntityType;
import dev.copydesk.annotate.WordList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Inflection and demonym variants of a group or place name: names of one type (never PERSON) whose words
 * are equal but for the last, and whose last words share a stem once an ending from
 * {@code variant-endings.txt} is cut ("Bashkir", "Bashkiri", "Bashkirs"; "Philippine", "Philippines").
 * Each group takes its most mentioned form, then the one in most articles, then the shortest, then the
 * first in alphabetical order. Rules on endings, not lists of names: any name the tagger finds is covered.
 * Stateless and thread-safe.
 */
final class NameVariants implements NameRule {
    private static final Set<String> ENDINGS = WordList.load(NameVariants.class, "variant-endings.txt");
    /** Letters a stem keeps, so that short words ("Mali", "Laos") are never cut to nothing. */
    private static final int MIN_STEM = 4;

    @Override
    public NameOutcome apply(Name name, NameScope scope) {
        if (name.type() == EntityType.PERSON) {
            return null;
        }
        List<Name> group = scope.variantsOf(name);
        if (group.size() < 2) {
            return null;
        }
        Name best = group.get(0);
        for (Name n : group) {
            if (better(n, best, scope)) {
                best = n;
            }
        }
        List<String> forms = new ArrayList<>();
        for (Name n : group) {
            forms.add(n.canonical());
        }
        String most = "most used of " + String.join(", ", forms) + " " + scope.label();
        return best.equals(name)
                ? NameOutcome.kept(name.canonical(), most)
                : NameOutcome.to(name.canonical(), best.canonical(), "variant of " + best.canonical() + ", the " + most);
    }

    private static boolean better(Name a, Name b, NameScope scope) {
        if (scope.mentions(a) != scope.mentions(b)) {
            return scope.mentions(a) > scope.mentions(b);
        }
        if (scope.articles(a) != scope.articles(b)) {
            return scope.articles(a) > scope.articles(b);
        }
        if (a.canonical().length() != b.canonical().length()) {
            return a.canonical().length() < b.canonical().length();
        }
        return a.canonical().compareTo(b.canonical()) < 0;
    }

    /** The variant groups of {@code names} with more than one member, each keyed by every member. */
    static Map<Name, List<Name>> groups(Collection<Name> names) {
        List<Name> list = new ArrayList<>();
        for (Name n : names) {
            if (n.type() != EntityType.PERSON && !n.words().isEmpty()) {
                list.add(n);
            }
        }
        int[] parent = new int[list.size()];
        Map<String, Integer> byKey = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            parent[i] = i;
            for (String key : keys(list.get(i))) {
                Integer other = byKey.putIfAbsent(key, i);
                if (other != null) {
                    union(parent, other, i);
                }
            }
        }
        Map<Integer, List<Name>> byRoot = new TreeMap<>();
        for (int i = 0; i < list.size(); i++) {
            byRoot.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(list.get(i));
        }
        Map<Name, List<Name>> groups = new HashMap<>();
        for (List<Name> group : byRoot.values()) {
            if (group.size() > 1) {
                group.sort(null);
                List<Name> members = List.copyOf(group);
                for (Name n : members) {
                    groups.put(n, members);
                }
            }
        }
        return groups;
    }

    /** The stems a name can share: its type, the words before the last, and the last word cut or whole. */
    static Set<String> keys(Name name) {
        List<String> words = name.words();
        String prefix = name.type() + ":" + String.join(" ", words.subList(0, words.size() - 1)) + " ";
        String last = words.get(words.size() - 1);
        Set<String> keys = new LinkedHashSet<>();
        keys.add(prefix + last);
        for (String ending : ENDINGS) {
            if (last.endsWith(ending) && last.length() - ending.length() >= MIN_STEM) {
                keys.add(prefix + last.substring(0, last.length() - ending.length()));
            }
        }
        return keys;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
