package dev.copydesk.annotate.quote;

/**
 * Finds the subject of a clause, the speaker when a cue's own words name nobody: "Speaking in his own
 * voice, he recited:", "Former Secretary of State Ann Lee recently urged …", "Ann Lee’s campaign
 * spokeswoman told …". Stateless and thread-safe.
 */
final class Subjects {
    private static final int MAX_APPOSITION = 25;

    private Subjects() {
    }

    /**
     * The subject of the clause that holds the cue: the first mention opening the sentence or a
     * comma-separated part of it that is followed (after a possessive, a bracketed tag or an
     * apposition) by a lower-case verb-like word. "Speaking in his own voice, he recited:" gives "he";
     * "WASHINGTON, May 3 — The mayor's spokeswoman told supporters, saying:" gives the description.
     */
    static Mentions.Mention clauseSubject(Doc d, int first, int verb) {
        Mentions.Mention main = clauseSubject(d, first, verb, false);
        return main != null ? main : clauseSubject(d, first, verb, true);
    }

    /** As above; subordinate clauses ("when Ann Lee spoke, …") only when {@code subordinate}. */
    private static Mentions.Mention clauseSubject(Doc d, int first, int verb, boolean subordinate) {
        for (int p = first; p < verb; p++) {
            boolean clauseStart = p == first || d.quoted[p - 1] || d.words[p - 1].equals(",") || d.words[p - 1].equals("—")
                    || d.words[p - 1].equals("–") || d.words[p - 1].equals("--") || d.words[p - 1].equals(";");
            if (!clauseStart) {
                continue;
            }
            if (d.quoted[p]) {
                continue; // words of an earlier quote in the sentence
            }
            if (Lexicon.isSubordinator(d.words[p]) != subordinate) {
                continue; // "when my mother mentioned it, I laughed and said": the main clause first
            }
            int q = subordinate ? p + 1 : p;
            while (q < verb && d.isWord(q) && (Lexicon.isAdverb(Lexicon.lower(d.words[q])) || d.is(q, "even") || d.is(q, "but")
                    || d.is(q, "and") || d.is(q, "then"))) {
                q++;
            }
            Mentions.Mention m = subjectAt(d, q, verb);
            if (m == null) {
                m = namedRunAt(d, q, verb);
            }
            if (m != null && m.kind() == Mentions.Kind.NAME && m.to() - m.from() == 1 && d.sentenceInitial(m.from())
                    && !d.isKnownName(d.words[m.from()])) {
                m = null; // "Eight years ago, he …", "Among the replies …": a capitalised opener, not a name
            }
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /** A mention starting at {@code q} that a verb-like word follows (after a possessive, tag or apposition). */
    private static Mentions.Mention subjectAt(Doc d, int q, int verb) {
        Mentions.Mention m = Mentions.startingAt(d, q, verb);
        if (m == null) {
            return null;
        }
        int after = m.to();
        if (after < verb && d.isCapitalised(after) && isGluedPossessive(d.words[after])) {
            after++; // "Ann" + "Lee’s" when the entity stops before a possessive the tokenizer kept whole
        }
        boolean glued = isGluedPossessive(d.words[after - 1]); // a tokenizer that keeps "Lopez’s" whole
        if (after < verb && (glued || isPossessive(d.words[after]))) {
            int head = -1;
            for (int j = glued ? after : after + 1; j < Math.min(verb, after + 5) && d.isWord(j); j++) {
                if (Lexicon.isPersonNoun(d.words[j])) {
                    head = j; // "Ann Lee’s campaign spokeswoman": the run of person nouns, not a later object
                } else if (head >= 0) {
                    break;
                }
            }
            if (head < 0) {
                return null;
            }
            m = new Mentions.Mention(m.from(), head + 1, Mentions.Kind.DESCRIPTION, null);
            after = head + 1;
        }
        if (d.is(after, "of")) {
            // "the mother of three replied": a short of-phrase straight before the cue
            for (int j = after + 1; j <= after + 4 && j <= verb && (j == verb || d.isWord(j)); j++) {
                if (j == verb) {
                    after = verb;
                    break;
                }
            }
        }
        if (d.is(after, "(")) {
            while (after < verb && !d.is(after, ")")) {
                after++;
            }
            after++;
        }
        if (d.is(after, ",") && after + 1 == verb) {
            after = verb; // "Gov. Ann Lee (R-Ohio), said"
        }
        if ((d.is(after, "who") || d.is(after, "that")) && noPunctuation(d, after, verb)) {
            after = verb; // "a White House official who spoke anonymously said"
        }
        if (d.is(after, ",") && after + 1 < verb) {
            int close = -1;
            for (int j = after + 1; j < Math.min(verb, after + MAX_APPOSITION); j++) {
                if (d.is(j, ",")) {
                    close = j;
                    break;
                }
            }
            if (close < 0) {
                return null;
            }
            after = close + 1;
        }
        while (after < verb && d.isWord(after) && Lexicon.isAdverb(d.words[after]) && !Lexicon.isCue(d.words[after])) {
            after++;
        }
        return after == verb || after < verb && verbLike(d, after) ? m : null;
    }

    /**
     * "Former Secretary of State Ann Lee recently urged …": a run of capitalised words (joined by "of" or
     * "the") followed by a verb-like word; the subject is the name it ends with.
     */
    private static Mentions.Mention namedRunAt(Doc d, int q, int verb) {
        if (!d.isWord(q) || Lexicon.isFunctionWord(d.words[q]) || Lexicon.isDeterminer(d.words[q])) {
            return null;
        }
        int j = q;
        while (j < verb && (d.isCapitalised(j) || d.is(j, ".") && j > q && Lexicon.isTitle(d.words[j - 1])
                || j > q && (d.is(j, "of") || d.is(j, "the"))
                && (d.isCapitalised(j + 1) || d.is(j + 1, "the") && d.isCapitalised(j + 2)))) {
            j++;
        }
        int run = j;
        if (d.is(j, "(")) {
            while (j < verb && !d.is(j, ")")) {
                j++;
            }
            j++;
        }
        if (run == q || isGluedPossessive(d.words[run - 1])) {
            return null;
        }
        int after = j;
        if (d.is(after, ",") && after + 1 == verb) {
            after = verb;
        }
        while (after < verb && d.isWord(after) && Lexicon.isAdverb(d.words[after]) && !Lexicon.isCue(d.words[after])) {
            after++;
        }
        if (!(after == verb || verbLike(d, after))) {
            return null;
        }
        Mentions.Mention m = Mentions.endingAt(d, run - 1, q);
        return m != null && (m.kind() == Mentions.Kind.ENTITY || m.kind() == Mentions.Kind.NAME) ? m : null;
    }

    private static boolean noPunctuation(Doc d, int from, int to) {
        for (int j = from; j < to; j++) {
            if (!d.isWord(j)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isGluedPossessive(String word) {
        return word.length() > 2 && (word.endsWith("’s") || word.endsWith("'s"));
    }

    private static boolean isPossessive(String word) {
        return word.equals("’s") || word.equals("'s") || word.equals("’") || word.equals("'");
    }

    /** A lower-case word that can follow a subject: not a preposition, conjunction or relative word. */
    private static boolean verbLike(Doc d, int i) {
        if (!d.isWord(i) || !Character.isLowerCase(d.words[i].charAt(0))) {
            return false;
        }
        return !Lexicon.isNotVerb(d.words[i]);
    }

    /** The mention opening the sentence (after a leading clause closed by a comma), or null. */
    static Mentions.Mention sentenceSubject(Doc d, int first, int end) {
        int at = first;
        if (d.isWord(first) && Lexicon.isFunctionWord(d.words[first]) && !Lexicon.isPronoun(d.words[first])) {
            at = -1;
            for (int j = first; j < end && j < first + 15; j++) {
                if (d.words[j].equals(",")) {
                    at = j + 1;
                    break;
                }
            }
            if (at < 0) {
                return null;
            }
        }
        return Mentions.startingAt(d, at, end);
    }

    /** True for a pronoun right after a preposition or a verb ("under it", "told him"): an object, not a subject. */
    static boolean isObject(Doc d, Mentions.Mention m, int first) {
        if (m.kind() != Mentions.Kind.PRONOUN || m.from() - 1 < first || !d.isWord(m.from() - 1)) {
            return false;
        }
        return Lexicon.isObjectPreposition(d.words[m.from() - 1]);
    }
}
