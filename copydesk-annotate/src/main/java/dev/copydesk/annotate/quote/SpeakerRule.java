package dev.copydesk.annotate.quote;

import java.util.List;

/**
 * A way of finding who speaks through a speech verb that comes before a quote ("Ann Lee said:",
 * "…, adding:", "Said Ellis:"). Rules are tried in the order of {@link #ORDER}: a rule returns the
 * speaker, null when it does not apply, or {@link #NOBODY} when it decides the verb has no speaker to
 * report. Stateless and thread-safe.
 */
abstract class SpeakerRule {
    /** Rule priority, highest first. */
    static final List<SpeakerRule> ORDER = List.of(new PassiveAgent(), new EarlierCue(), new ParticipleSubject(),
            new RelativeAntecedent(), new SubjectBeforeVerb(), new InvertedAfterVerb(), new ClauseSubject());

    /** A rule's answer that the verb has no speaker: the later rules are not asked. */
    static final Mentions.Mention NOBODY = new Mentions.Mention(-1, -1, Mentions.Kind.PRONOUN, null);

    /**
     * A speech verb before a quote: tokens from {@code first} (the sentence from {@code sentenceFirst})
     * up to {@code end}, the verb at {@code verb}, {@code bare} for a bare verb after an auxiliary
     * ("will say"). {@code subjectEnd} is the last token before the verb once a bracketed tag and
     * adverbs (and, for a bare verb, its chain) are skipped; {@code passive} when those skipped words
     * hold a form of "be".
     */
    record Verb(Doc d, int first, int sentenceFirst, int verb, int end, int subjectEnd, boolean passive) {
        Verb(Doc d, int first, int sentenceFirst, int verb, int end, boolean bare) {
            this(d, first, sentenceFirst, verb, end, subjectEnd(d, first, verb, bare), passive(d, first, verb, bare));
        }

        private static int bracketSkipped(Doc d, int first, int verb) {
            int s = verb - 1;
            if (d.is(s, ")")) {
                // "Rep. Ann Lee (D-Ore.) said": the name before the bracketed tag
                int open = s;
                while (open > first && !d.is(open, "(") && s - open < CueBefore.MAX_CUE_TAIL) {
                    open--;
                }
                if (d.is(open, "(")) {
                    s = open - 1;
                }
            }
            return s;
        }

        private static boolean skippable(Doc d, int s, int first, boolean bare) {
            return s >= first && d.isWord(s) && (Lexicon.isAdverb(d.words[s]) || bare && Lexicon.isVerbChain(d.words[s]));
        }

        private static int subjectEnd(Doc d, int first, int verb, boolean bare) {
            int s = bracketSkipped(d, first, verb);
            while (skippable(d, s, first, bare)) {
                s--;
            }
            return s;
        }

        private static boolean passive(Doc d, int first, int verb, boolean bare) {
            boolean passive = false;
            for (int s = bracketSkipped(d, first, verb); skippable(d, s, first, bare); s--) {
                passive |= Lexicon.isPassiveAuxiliary(d.words[s]);
            }
            return passive;
        }

        String verbWord() {
            return Lexicon.lower(d.words[verb]);
        }

        /** "…, adding:": a participle after a comma. */
        boolean participle() {
            return verbWord().endsWith("ing") && d.is(verb - 1, ",");
        }

        /** "… but said:": a verb coordinated with an earlier one. */
        boolean coordinated() {
            return subjectEnd >= first && (d.is(subjectEnd, "and") || d.is(subjectEnd, "but"));
        }
    }

    /** The speaker a rule found and the rule's name; both null when no rule applied. */
    record Decision(Mentions.Mention speaker, String rule) {
    }

    /** The speaker or null, {@link #NOBODY} for a decided "nobody". */
    abstract Mentions.Mention find(Verb v);

    private final String name = Rules.name(this);

    /** "Family.Rule", the name traces show. */
    final String name() {
        return name;
    }

    /** The speaker of {@code v} by the rules of {@link #ORDER}. */
    static Decision decide(Verb v) {
        for (SpeakerRule rule : ORDER) {
            Mentions.Mention m = rule.find(v);
            if (m == NOBODY) {
                return new Decision(null, rule.name());
            }
            if (m != null) {
                return new Decision(m, rule.name());
            }
        }
        return new Decision(null, null);
    }

    /** "Sanders was asked by host Bill Maher:" speaks the agent; "Trump was asked:" an unnamed one. */
    static final class PassiveAgent extends SpeakerRule {
        @Override
        Mentions.Mention find(Verb v) {
            if (!v.passive() || !(v.verbWord().endsWith("ed") || v.verbWord().equals("told"))) {
                return null;
            }
            for (int j = v.verb() + 1; j < v.end(); j++) {
                if (v.d().is(j, "by")) {
                    Mentions.Mention agent = Mentions.afterCue(v.d(), j + 1, v.end());
                    return agent == null ? NOBODY : agent;
                }
            }
            return NOBODY;
        }
    }

    /** "Nefzi said the man left, adding:", "Lee said it was over, but said:": the earlier cue's speaker. */
    static final class EarlierCue extends SpeakerRule {
        @Override
        Mentions.Mention find(Verb v) {
            if (!v.participle() && !v.coordinated()) {
                return null;
            }
            Doc d = v.d();
            for (int j = v.verb() - 2; j >= v.sentenceFirst() && v.verb() - j <= CueBefore.MAX_INTRODUCED_TAIL; j--) {
                if (!d.quoted[j] && d.isWord(j) && Lexicon.isCue(d.words[j]) && !d.words[j].endsWith("ing")) {
                    return decide(new Verb(d, v.sentenceFirst(), v.sentenceFirst(), j, v.end(), false)).speaker();
                }
            }
            return null;
        }
    }

    /** "Sanders stepped up his attacks, saying:": the subject of the participle's clause. */
    static final class ParticipleSubject extends SpeakerRule {
        @Override
        Mentions.Mention find(Verb v) {
            return v.participle() ? Subjects.clauseSubject(v.d(), v.sentenceFirst(), v.verb()) : null;
        }
    }

    /** "… from Mike Lee, who declared in the spin room, “…”": the person the relative clause is about. */
    static final class RelativeAntecedent extends SpeakerRule {
        @Override
        Mentions.Mention find(Verb v) {
            Doc d = v.d();
            int s = v.subjectEnd();
            if (!d.is(s, "who") || s - 1 < v.sentenceFirst()) {
                return null;
            }
            int a = d.is(s - 1, ",") ? s - 2 : s - 1;
            Mentions.Mention antecedent = a >= v.sentenceFirst() ? Mentions.endingAt(d, a, v.sentenceFirst()) : null;
            return antecedent != null && antecedent.kind() != Mentions.Kind.PRONOUN ? antecedent : null;
        }
    }

    /**
     * "Ann Lee said:", "The gambling tycoon added:": the mention right before the verb, not a pronoun
     * that is an object ("a caption under it saying:").
     */
    static final class SubjectBeforeVerb extends SpeakerRule {
        @Override
        Mentions.Mention find(Verb v) {
            Mentions.Mention m = Mentions.endingAt(v.d(), v.subjectEnd(), v.first());
            if (m == null) {
                m = Mentions.determinedPhraseEndingAt(v.d(), v.subjectEnd(), v.first());
            }
            return m != null && Subjects.isObject(v.d(), m, v.first()) ? null : m;
        }
    }

    /** Inverted: "Said Ellis:", "“…,” said Ellis, “…”": a verb that opens its clause, its speaker after it. */
    static final class InvertedAfterVerb extends SpeakerRule {
        @Override
        Mentions.Mention find(Verb v) {
            Doc d = v.d();
            int verb = v.verb();
            if ((verb == v.first() || !d.isWord(verb - 1)) && (Character.isUpperCase(d.words[verb].charAt(0)) || verb == v.first())) {
                return Mentions.afterCue(d, verb + 1, v.end());
            }
            return null;
        }
    }

    /** "He then put on an accent and joked:", "X urged women to vote, saying:": the clause's subject. */
    static final class ClauseSubject extends SpeakerRule {
        @Override
        Mentions.Mention find(Verb v) {
            return Subjects.clauseSubject(v.d(), v.sentenceFirst(), v.verb());
        }
    }
}
