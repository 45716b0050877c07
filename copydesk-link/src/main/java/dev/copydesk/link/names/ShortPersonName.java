package dev.copydesk.link.names;

import dev.copydesk.annotate.EntityType;
import java.util.List;
import java.util.TreeSet;

/**
 * A PERSON name that is a shorter form of longer PERSON names of the scope: same last word, and its words
 * appear in the longer name in the same order ("Trump" and "Donald Trump" in "Donald J. Trump"). The longer
 * names are themselves resolved first, so "Trump" goes to "Donald J. Trump" when "Donald Trump" does. One
 * fuller name: resolved; more than one: ambiguous; none: this rule says nothing. Stateless and thread-safe.
 */
final class ShortPersonName implements NameRule {
    @Override
    public NameOutcome apply(Name name, NameScope scope) {
        if (name.type() != EntityType.PERSON) {
            return null;
        }
        NameOutcome known = scope.memo(name);
        if (known != null) {
            return known;
        }
        List<String> words = name.words();
        if (words.isEmpty()) {
            return null;
        }
        TreeSet<String> fuller = new TreeSet<>();
        for (Name longer : scope.personsEndingIn(words.get(words.size() - 1))) {
            List<String> longerWords = longer.words();
            if (longerWords.size() > words.size() && inOrder(words, longerWords)) {
                // Recursion only reaches strictly longer names, so it ends.
                NameOutcome o = apply(longer, scope);
                fuller.add(o == null || o.ambiguous() ? longer.canonical() : o.resolved());
            }
        }
        NameOutcome outcome;
        String last = lastWordAsWritten(name);
        if (fuller.isEmpty()) {
            outcome = null;
        } else if (fuller.size() == 1) {
            String how = words.size() == 1
                    ? "surname of the only PERSON named …" + last + " " + scope.label()
                    : "short form of the only PERSON named " + fuller.first() + " " + scope.label();
            outcome = NameOutcome.to(name.canonical(), fuller.first(), how);
        } else {
            outcome = NameOutcome.ambiguous(name.canonical(), fuller.size() + " PERSON names "
                    + (words.size() == 1 ? "end in " + last : "contain " + name.canonical()) + " "
                    + scope.label() + " (" + String.join(", ", fuller) + ")");
        }
        scope.memo(name, outcome);
        return outcome;
    }

    /** Whether every word of {@code shorter} occurs in {@code longer}, in order. */
    static boolean inOrder(List<String> shorter, List<String> longer) {
        int j = 0;
        for (String w : longer) {
            if (j < shorter.size() && shorter.get(j).equals(w)) {
                j++;
            }
        }
        return j == shorter.size();
    }

    private static String lastWordAsWritten(Name name) {
        String[] parts = name.canonical().strip().split("\\s+");
        return parts[parts.length - 1];
    }
}
