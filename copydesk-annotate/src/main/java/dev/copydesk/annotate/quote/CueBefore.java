package dev.copydesk.annotate.quote;

import java.util.List;

/**
 * Cue rules that read the words before a quote's opening mark, back to the start of its sentence
 * (or of a paragraph ending in a colon): a speech verb, a noun for something said, or a label before
 * a colon. Tried in the order of {@link #ORDER}. Stateless and thread-safe.
 */
abstract class CueBefore {
    /** Rule priority, highest first. */
    static final List<CueBefore> ORDER = List.of(new Verb(), new SpeechNoun(), new Label(), new SubjectBeforeColon());

    /** How far back a cue may sit before a quote that its sentence runs into. */
    static final int MAX_CUE_TAIL = 6;
    /** How far back a cue may sit before a quote introduced by a colon or comma ("said in May, when …, “"). */
    static final int MAX_INTRODUCED_TAIL = 20;

    /**
     * The words before a quote: tokens {@code [first, end)}, the sentence's first token, and whether
     * the words end in a colon or comma that introduces the quote.
     */
    record Span(Doc d, int first, int sentenceFirst, int end, String tail, boolean introduced) {
        static Span of(Doc d, int from, int open, int sentenceFrom) {
            int first = d.firstTokenAtOrAfter(from);
            String tail = d.text.substring(from, open).strip();
            return new Span(d, first, Math.min(first, d.firstTokenAtOrAfter(sentenceFrom)), d.firstTokenAtOrAfter(open), tail,
                    tail.endsWith(":") || tail.endsWith(","));
        }
    }

    /** The cue in the words, or null. */
    abstract Cue find(Span s);

    private final String name = Rules.name(this);

    /** "Family.Rule", the name traces show. */
    final String name() {
        return name;
    }

    /** The cue in the text from {@code from} to the mark at {@code open}, by the rules of {@link #ORDER}. */
    static Cue first(Doc d, int from, int open, int sentenceFrom) {
        Span s = Span.of(d, from, open, sentenceFrom);
        if (s.end() <= s.first()) {
            return null;
        }
        for (CueBefore rule : ORDER) {
            Cue cue = rule.find(s);
            if (cue != null) {
                return cue;
            }
        }
        return null;
    }

    /**
     * "He said:", "The reservist asked bluntly:", "…, adding disparagingly:", "went on to say:", "the
     * sign read:", "Hillary shot back,", "According to X,": the nearest speech verb, right before the
     * mark or (after a colon or comma) a few words earlier; its speaker by {@link SpeakerRule}.
     */
    static final class Verb extends CueBefore {
        @Override
        Cue find(Span s) {
            Doc d = s.d();
            int end = s.end();
            int reach = s.introduced() ? MAX_INTRODUCED_TAIL : MAX_CUE_TAIL + 2;
            for (int c = end - 1; c >= s.first() && end - c <= reach; c--) {
                if (d.is(c, "according") && d.is(c + 1, "to")) {
                    return new Cue(c, Mentions.afterCue(d, c + 2, end), true, name() + ">according");
                }
                int verb = c;
                boolean bare = false;
                if (!Lexicon.isCue(d.words[c])) {
                    bare = c - 1 >= s.first() && Lexicon.isBareCueAfter(d.words[c - 1], d.words[c]); // "went on to say:"
                    boolean read = Lexicon.isReadVerb(d.words[c]) && end - c <= 2; // "the sign read:"
                    if (!bare && !read) {
                        if (c - 1 < s.first() || !Lexicon.isPhrasalCue(d.words[c - 1], d.words[c])) {
                            continue;
                        }
                        verb = c - 1; // "Hillary shot back,"
                    }
                }
                if (!s.introduced() && c != end - 1) {
                    return null;
                }
                SpeakerRule.Decision who = SpeakerRule.decide(new SpeakerRule.Verb(d, s.first(), s.sentenceFirst(), verb, end, bare));
                return new Cue(verb, who.speaker(), true, name() + ">" + who.rule());
            }
            return null;
        }
    }

    /** "Trump issued a statement, “…”", "She posted a message on her page:": the clause's subject speaks. */
    static final class SpeechNoun extends CueBefore {
        @Override
        Cue find(Span s) {
            if (!s.introduced() || !speechNounBefore(s.d(), s.first(), s.end())) {
                return null;
            }
            Mentions.Mention m = Subjects.clauseSubject(s.d(), s.sentenceFirst(), s.end() - 1);
            return m == null ? null : new Cue(m.to() - 1, m, true, name());
        }

        /** True when a noun naming something said or written ("a statement", "his tweet") sits just before the quote. */
        private static boolean speechNounBefore(Doc d, int first, int end) {
            for (int j = end - 1; j >= first && end - j <= MAX_CUE_TAIL + 2; j--) {
                if (d.isWord(j) && Lexicon.isSpeechNoun(d.words[j])) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * "Rep. Ann Lee (D-Ore.): “…”", "Pollsters agree - Jo Park: “…”": a name alone before a colon, at
     * the start of its sentence or after a dash, labels the quote that follows.
     */
    static final class Label extends CueBefore {
        @Override
        Cue find(Span s) {
            if (!s.tail().endsWith(":")) {
                return null;
            }
            Doc d = s.d();
            int first = s.first();
            int t = s.end() - 1;
            if (!d.is(t, ":")) {
                return null;
            }
            t--;
            if (d.is(t, ")")) {
                while (t >= first && !d.is(t, "(")) {
                    t--;
                }
                t--;
            }
            if (t < first) {
                return null;
            }
            Mentions.Mention m = Mentions.endingAt(d, t, first);
            if (m == null || m.kind() == Mentions.Kind.PRONOUN || m.kind() == Mentions.Kind.DESCRIPTION) {
                return null;
            }
            int before = m.from() - 1;
            boolean opens = m.from() == first || d.sentenceInitial(m.from())
                    || before >= first && (d.is(before, "-") || d.is(before, "—") || d.is(before, "–"));
            return opens ? new Cue(m.to() - 1, m, true, name()) : null;
        }
    }

    /** "Cruz called them on it:" or a headline "Kasich: ‘...’": before a colon, the subject introduces the quote. */
    static final class SubjectBeforeColon extends CueBefore {
        @Override
        Cue find(Span s) {
            if (!s.tail().endsWith(":")) {
                return null;
            }
            Mentions.Mention m = Subjects.sentenceSubject(s.d(), s.first(), s.end());
            if (m == null) {
                m = Subjects.clauseSubject(s.d(), s.sentenceFirst(), s.end() - 1); // "That is, when …— Cruz called them on it:"
            }
            if (m != null && m.kind() != Mentions.Kind.PRONOUN || m != null && m.to() < s.end()) {
                return new Cue(m.to() < s.end() ? m.to() : m.from(), m, true, name());
            }
            return null;
        }
    }
}
