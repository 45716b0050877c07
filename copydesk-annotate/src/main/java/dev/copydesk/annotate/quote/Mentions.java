package dev.copydesk.annotate.quote;

import dev.copydesk.annotate.Entity;
import dev.copydesk.annotate.EntityType;

/**
 * Finds the noun phrase that names a speaker next to a cue: a pronoun, a named entity (with its title),
 * a capitalised name the entity layer missed, or a description whose head names a person ("the unnamed
 * reservist", "The 43-year-old", "officials"). Stateless and thread-safe.
 */
final class Mentions {
    /** What kind of phrase a mention is. */
    enum Kind { PRONOUN, ENTITY, NAME, DESCRIPTION }

    /** Tokens {@code [from, to)} of a {@link Doc}. */
    record Mention(int from, int to, Kind kind, Entity entity) {
    }

    private static final int MAX_DESCRIPTION = 6;

    private Mentions() {
    }

    /** The speaker phrase ending at token {@code last} (inclusive), looking no further left than {@code floor}. */
    static Mention endingAt(Doc d, int last, int floor) {
        if (last < floor || last < 0) {
            return null;
        }
        if (d.words[last].equals(",") ) {
            // "Smith, a spokesman, said" or "Smith, 54, said": skip the apposition back to its comma.
            for (int j = last - 1; j >= Math.max(floor, last - 10); j--) {
                if (d.words[j].equals(",")) {
                    if (!opensApposition(d, j + 1)) {
                        return null; // "…, Sanders stepped up his emphasis on the issue, saying": not an apposition
                    }
                    Mention head = endingAt(d, j - 1, floor);
                    return head != null && head.kind != Kind.DESCRIPTION ? head : null;
                }
                if (!d.isWord(j) && !d.words[j].equals("-")) {
                    return null;
                }
            }
            return null;
        }
        if (!d.isWord(last)) {
            return null;
        }
        String w = d.words[last];
        if (Lexicon.isPronoun(w) || d.is(last, "it")) {
            return new Mention(last, last + 1, Kind.PRONOUN, null);
        }
        if (Lexicon.isTimeWord(w)) {
            return null;
        }
        Entity e = d.entityAt[last];
        if (e != null && d.ends[last] == e.end() && e.type() != EntityType.LOCATION && e.type() != EntityType.MISC) {
            int from = last;
            while (from - 1 >= floor && d.entityAt[from - 1] == e) {
                from--;
            }
            if (from - 1 >= floor && Lexicon.isTitle(d.words[from - 1]) && d.isCapitalised(from - 1)) {
                from--;
            }
            return new Mention(from, last + 1, Kind.ENTITY, e);
        }
        // a name the entity layer missed, or took for a place or a miscellaneous name ("Earnest responded")
        if ((e == null || d.ends[last] == e.end()) && d.isCapitalised(last) && !Lexicon.isPersonNoun(w)
                && !(d.sentenceInitial(last) && Lexicon.isDeterminer(w))) {
            int from = last;
            while (from - 1 >= floor && d.isCapitalised(from - 1) && (d.entityAt[from - 1] == null || d.entityAt[from - 1] == e)
                    && !(d.sentenceInitial(from - 1) && (Lexicon.isDeterminer(d.words[from - 1]) || Lexicon.isFunctionWord(d.words[from - 1])))) {
                from--;
            }
            if (from == last && d.sentenceInitial(last) && Lexicon.isFunctionWord(w)) {
                return null;
            }
            return new Mention(from, last + 1, Kind.NAME, null);
        }
        if (Lexicon.isPersonNoun(w)) {
            int from = last;
            while (from - 1 >= floor && last - from < MAX_DESCRIPTION && d.isWord(from - 1)
                    && !Lexicon.isCue(d.words[from - 1]) && !Lexicon.isFunctionWord(d.words[from - 1])) {
                from--;
                if (Lexicon.isDeterminer(d.words[from])) {
                    break;
                }
            }
            boolean determined = Lexicon.isDeterminer(d.words[from]);
            boolean plural = w.endsWith("s") || w.equalsIgnoreCase("people") || w.equalsIgnoreCase("police");
            if (!determined && !plural && !w.contains("-year-old")) {
                // "spokesman Smith said" is handled as a name; a bare singular noun is not a speaker
                return null;
            }
            if (!determined) {
                // "Local officials said": keep only the adjacent capitalised/adjective words
                while (from < last && Lexicon.isDeterminer(d.words[from])) {
                    from++;
                }
            }
            return new Mention(from, last + 1, Kind.DESCRIPTION, null);
        }
        return null;
    }

    /** The speaker phrase starting at token {@code first}, ending before {@code ceiling}. */
    static Mention startingAt(Doc d, int first, int ceiling) {
        if (first >= ceiling || !d.isWord(first)) {
            return null;
        }
        String w = d.words[first];
        if (Lexicon.isPronoun(w) || d.is(first, "it")) {
            return new Mention(first, first + 1, Kind.PRONOUN, null);
        }
        if (Lexicon.isTimeWord(w)) {
            return null;
        }
        if (Lexicon.isIndefiniteGroup(w)) {
            return new Mention(first, first + 1, Kind.DESCRIPTION, null); // "Others, reacting to the news, shouted"
        }
        int i = first;
        if (Lexicon.isTitle(w) && d.isCapitalised(first) && first + 1 < ceiling && d.isCapitalised(first + 1)) {
            i++;
        } else if (d.is(first + 1, ".") && Lexicon.isTitle(w) && first + 2 < ceiling && d.isCapitalised(first + 2)) {
            i += 2;
        }
        Entity e = d.entityAt[i];
        if (e != null && e.type() != EntityType.LOCATION && e.type() != EntityType.MISC) {
            int to = i;
            while (to < ceiling && d.entityAt[to] == e) {
                to++;
            }
            return new Mention(first, to, Kind.ENTITY, e);
        }
        if (d.isCapitalised(i) && !Lexicon.isDeterminer(d.words[i]) && !Lexicon.isFunctionWord(d.words[i])
                && !Lexicon.isPersonNoun(d.words[i])) {
            int to = i + 1;
            while (to < ceiling && d.isCapitalised(to) && d.entityAt[to] == null) {
                to++;
            }
            return new Mention(first, to, Kind.NAME, null);
        }
        if (Lexicon.isFunctionWord(w) && !Lexicon.isDeterminer(w)) {
            return null; // "when my mother …" is a clause, not a description
        }
        if (Lexicon.isDeterminer(w) || Character.isLowerCase(w.charAt(0)) || Character.isUpperCase(w.charAt(0))) {
            int head = -1;
            for (int j = first; j < Math.min(ceiling, first + MAX_DESCRIPTION); j++) {
                if (!d.isWord(j) || (j > first && (Lexicon.isCue(d.words[j]) || Lexicon.isFunctionWord(d.words[j])))) {
                    break;
                }
                if (Lexicon.isPersonNoun(d.words[j])) {
                    head = j;
                }
            }
            if (head >= 0 && (Lexicon.isDeterminer(w) || d.words[head].endsWith("s") || head > first)) {
                return new Mention(first, head + 1, Kind.DESCRIPTION, null);
            }
        }
        return null;
    }

    /**
     * The speaker named right after a speech verb ("said the agency", "tweeted another", "wrote one
     * commenter", "according to the newspaper"): a mention as {@link #startingAt}, or, since the verb
     * already says it speaks, any determined noun phrase up to the next punctuation or function word.
     */
    static Mention afterCue(Doc d, int first, int ceiling) {
        Mention m = startingAt(d, first, ceiling);
        if (m != null || !d.isWord(first) || first >= ceiling) {
            return m;
        }
        String w = Lexicon.lower(d.words[first]);
        Mention titled = describedName(d, first, ceiling);
        if (titled != null) {
            return titled;
        }
        if (!Lexicon.isDeterminer(w) || w.equals("that") || w.equals("this")) {
            return null;
        }
        int j = first + 1;
        while (j < ceiling && j <= first + MAX_DESCRIPTION && d.isWord(j) && !Lexicon.isFunctionWord(d.words[j])
                && !Lexicon.isCue(d.words[j])) {
            j++;
        }
        if (j == first + 1 && !(w.equals("another") || w.equals("one"))) {
            return null;
        }
        return new Mention(first, j, Kind.DESCRIPTION, null);
    }

    /**
     * "former Ohio Gov. Ann Lee", "retired surgeon Ben Ode", "master of ceremonies Jo Park": lower-case
     * modifiers, titles and "of" in front of a person's name, up to the first punctuation; the mention
     * covers the whole phrase and stands for the person.
     */
    private static Mention describedName(Doc d, int first, int ceiling) {
        for (int j = first; j < Math.min(ceiling, first + MAX_DESCRIPTION + 3); j++) {
            if (d.isPerson(j)) {
                Entity e = d.entityAt[j];
                int to = j;
                while (to < ceiling && d.entityAt[to] == e) {
                    to++;
                }
                return new Mention(first, to, Kind.ENTITY, e);
            }
            boolean abbreviation = d.is(j, ".") && j > first && Lexicon.isTitle(d.words[j - 1]);
            if (!abbreviation && (!d.isWord(j) || Lexicon.isCue(d.words[j])
                    || Lexicon.isFunctionWord(d.words[j]) && !d.is(j, "of"))) {
                return null;
            }
        }
        return null;
    }

    private static boolean isPossessiveMark(String word) {
        return word.equals("’s") || word.equals("'s");
    }

    private static boolean speaks(String word) {
        return Lexicon.isCueAfterSubject(word) || Lexicon.isReadVerb(word);
    }

    /** True when the words at {@code i} can open an apposition: "a spokesman", "54", "the attorney general", "Ohio's". */
    private static boolean opensApposition(Doc d, int i) {
        if (!d.isWord(i)) {
            return false;
        }
        String w = d.words[i];
        return Lexicon.isDeterminer(w) || Character.isDigit(w.charAt(0)) || Character.isUpperCase(w.charAt(0))
                || Lexicon.isPersonNoun(w) || Lexicon.lower(w).equals("who");
    }

    /**
     * "the gambling tycoon" right before a cue: a determiner and up to five lower-case words, accepted
     * without a person noun because the cue next to it says it speaks. Null when there is none.
     */
    static Mention determinedPhrase(Doc d, int first, int ceiling) {
        if (!d.isWord(first) || !Lexicon.isDeterminer(d.words[first]) || Lexicon.isFunctionWord(d.words[first])) {
            return null;
        }
        int j = first + 1;
        while (j < ceiling && j <= first + MAX_DESCRIPTION && (d.isWord(j) || isPossessiveMark(d.words[j]))
                && !speaks(d.words[j]) && !Lexicon.isFunctionWord(d.words[j])) {
            j++;
        }
        return j > first + 1 && j < ceiling && speaks(d.words[j]) ? new Mention(first, j, Kind.DESCRIPTION, null) : null;
    }

    /** The same phrase ending at token {@code last}, just before a cue. */
    static Mention determinedPhraseEndingAt(Doc d, int last, int floor) {
        if (d.is(last, "another") || d.is(last, "one") && d.sentenceInitial(last)) {
            return new Mention(last, last + 1, Kind.DESCRIPTION, null); // "Another tweeted:"
        }
        if (!d.isWord(last) || Lexicon.isFunctionWord(d.words[last]) || Lexicon.isDeterminer(d.words[last])) {
            return null; // "the Drudge headline by saying", "a fake accent and joked"
        }
        for (int j = last; j >= Math.max(floor, last - MAX_DESCRIPTION); j--) {
            if (j < last && isPossessiveMark(d.words[j])) {
                continue; // "The campaign’s statement declares"
            }
            if (!d.isWord(j) || (j < last && Lexicon.isFunctionWord(d.words[j]) && !Lexicon.isDeterminer(d.words[j]))) {
                return null;
            }
            if (Lexicon.isDeterminer(d.words[j]) && !Lexicon.isFunctionWord(d.words[j])) {
                return j < last ? new Mention(j, last + 1, Kind.DESCRIPTION, null) : null;
            }
        }
        return null;
    }
}
