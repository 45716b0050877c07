package dev.copydesk.annotate.quote;

import dev.copydesk.annotate.WordList;
import dev.copydesk.core.Months;
import java.util.Locale;
import java.util.Set;

/**
 * The words attribution turns on: speech verbs, pronouns, nouns that name people, the small words
 * around a subject. Every list is a resource file next to this class ({@code speech-verbs.txt},
 * {@code titles.txt}, …), read once when the class loads; the predicates here add only the shape
 * rules (suffixes, doubled consonants) that a list cannot say. Immutable and thread-safe.
 */
final class Lexicon {
    private static final Set<String> CUE_STEMS = list("speech-verbs.txt");
    private static final Set<String> CUE_FORMS = list("speech-verb-forms.txt");
    private static final Set<String> NOUN_LIKE_STEMS = list("noun-like-cue-stems.txt");
    private static final Set<String> BARE_INDIRECT = list("bare-indirect-cues.txt");
    private static final Set<String> PHRASAL = list("phrasal-cues.txt");
    private static final Set<String> READ_VERBS = list("read-verbs.txt");
    private static final Set<String> BARE_CUE_VERBS = list("bare-cue-verbs.txt");
    private static final Set<String> BARE_CUE_LEADS = list("bare-cue-leads.txt");
    private static final Set<String> SPEECH_NOUNS = list("speech-nouns.txt");
    private static final Set<String> PERSON_NOUNS = list("person-nouns.txt");
    private static final Set<String> TITLES = list("titles.txt");
    private static final Set<String> DETERMINERS = list("determiners.txt");
    private static final Set<String> PRONOUNS = list("pronouns.txt");
    private static final Set<String> INDEFINITE_GROUPS = list("indefinite-groups.txt");
    private static final Set<String> ADVERBS = list("adverbs.txt");
    private static final Set<String> AUXILIARIES = list("auxiliaries.txt");
    private static final Set<String> PASSIVE_AUXILIARIES = list("passive-auxiliaries.txt");
    private static final Set<String> VERB_CHAIN = list("verb-chain.txt");
    private static final Set<String> TIME_WORDS = list("time-words.txt");
    private static final Set<String> MONTH_LOOKALIKES = list("month-lookalikes.txt");
    private static final Set<String> FUNCTION_WORDS = list("function-words.txt");
    private static final Set<String> OBJECT_PREPOSITIONS = list("object-prepositions.txt");
    private static final Set<String> SUBORDINATORS = list("subordinators.txt");
    private static final Set<String> NOT_VERBS = list("not-verbs.txt");
    private static final String[] CUE_SUFFIXES = {"ed", "d", "s", "es", "ing", "ting", "ping"};

    private Lexicon() {
    }

    private static Set<String> list(String file) {
        return WordList.load(Lexicon.class, file);
    }

    static String lower(String w) {
        return w.toLowerCase(Locale.ROOT);
    }

    /** True for a form of a speech verb: said, says, saying, told, adds, wrote, asked, claimed... */
    static boolean isCue(String word) {
        String w = lower(word);
        if (w.length() < 3 || !Character.isLetter(w.charAt(0))) {
            return false;
        }
        if (CUE_FORMS.contains(w)) {
            return true;
        }
        if (CUE_STEMS.contains(w)) {
            return false; // bare stems ("say", "tell") are rarely attributions in news
        }
        for (String suffix : CUE_SUFFIXES) {
            if (w.endsWith(suffix)) {
                String stem = w.substring(0, w.length() - suffix.length());
                if (CUE_STEMS.contains(stem) || CUE_STEMS.contains(stem + "e")) {
                    return !(w.endsWith("s") && NOUN_LIKE_STEMS.contains(stem));
                }
                if (suffix.equals("ed") && stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
                        && CUE_STEMS.contains(stem.substring(0, stem.length() - 1))) {
                    return true; // quipped, admitted
                }
                if (suffix.equals("ing") && stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
                        && CUE_STEMS.contains(stem.substring(0, stem.length() - 1))) {
                    return true;
                }
                if (suffix.equals("ed") && stem.endsWith("i") && CUE_STEMS.contains(stem.substring(0, stem.length() - 1) + "y")) {
                    return true; // replied
                }
            }
        }
        return false;
    }

    /** Auxiliary and modal verbs, negated forms included: "is", "has", "will", "won’t". */
    static boolean isAuxiliary(String word) {
        return AUXILIARIES.contains(lower(word).replace('’', '\''));
    }

    /** Like {@link #isCue}, but right after a subject, where "notes" and "reports" are verbs. */
    static boolean isCueAfterSubject(String word) {
        String w = lower(word);
        if (isCue(w)) {
            return true;
        }
        return w.endsWith("s") && (CUE_STEMS.contains(w.substring(0, w.length() - 1))
                || w.endsWith("es") && CUE_STEMS.contains(w.substring(0, w.length() - 2)));
    }

    /**
     * True for "read"/"reads", which report the words of a text ("the sign read", "it reads:") but only
     * right next to the quote, where the caller checks the position.
     */
    static boolean isReadVerb(String word) {
        return READ_VERBS.contains(lower(word));
    }

    /** True for a bare speech verb after an auxiliary or "to": "he will say", "went on to say". */
    static boolean isBareCueAfter(String auxiliary, String verb) {
        return BARE_CUE_VERBS.contains(lower(verb)) && BARE_CUE_LEADS.contains(lower(auxiliary));
    }

    /** Nouns for things said or written: "issued a statement, “…”", "posted a message:". */
    static boolean isSpeechNoun(String word) {
        return SPEECH_NOUNS.contains(lower(word));
    }

    /** Days, months (core {@link Months}, less {@code month-lookalikes.txt}) and words like "Today" that look like names but never speak. */
    static boolean isTimeWord(String word) {
        String w = lower(word);
        return TIME_WORDS.contains(w) || Months.number(w) > 0 && !MONTH_LOOKALIKES.contains(w);
    }

    /** True for a two-word speech verb: "shot back", "fired back", "pointed out", "lashed out". */
    static boolean isPhrasalCue(String verb, String particle) {
        return PHRASAL.contains(lower(verb) + " " + lower(particle));
    }

    static boolean isBareIndirectCue(String word) {
        return BARE_INDIRECT.contains(lower(word));
    }

    static boolean isPronoun(String word) {
        return PRONOUNS.contains(lower(word));
    }

    static boolean isPersonNoun(String word) {
        String w = lower(word);
        return PERSON_NOUNS.contains(w) || w.endsWith("-year-old") || w.endsWith("-year-olds")
                || (w.length() > 5 && (w.endsWith("ist") || w.endsWith("ists")) && !w.equals("list"))
                || (w.length() > 5 && (w.endsWith("ian") || w.endsWith("ians")) && !w.endsWith("tian"));
    }

    static boolean isTitle(String word) {
        String w = lower(word);
        if (w.endsWith(".")) {
            w = w.substring(0, w.length() - 1);
        }
        return TITLES.contains(w);
    }

    static boolean isDeterminer(String word) {
        return DETERMINERS.contains(lower(word));
    }

    /** "others", "some", "many": a group of unnamed speakers when it is a clause's subject. */
    static boolean isIndefiniteGroup(String word) {
        return INDEFINITE_GROUPS.contains(lower(word));
    }

    /**
     * True for an adverb that may sit between a subject and its verb ("also", "repeatedly"). A capitalised
     * word ending in -ly is a name (Kelly, Reilly) unless it is a listed adverb; callers looking at the start
     * of a sentence lower-case the word first.
     */
    static boolean isAdverb(String word) {
        String w = lower(word);
        if (ADVERBS.contains(w)) {
            return true;
        }
        return w.length() > 4 && w.endsWith("ly") && !w.equals("only") && !w.equals("family")
                && !Character.isUpperCase(word.charAt(0));
    }

    /** Prepositions, conjunctions, relative and auxiliary words: they end a name and never head one. */
    static boolean isFunctionWord(String word) {
        return FUNCTION_WORDS.contains(lower(word));
    }

    /** A preposition after which a pronoun is an object ("under it"), not a subject. */
    static boolean isObjectPreposition(String word) {
        return OBJECT_PREPOSITIONS.contains(lower(word));
    }

    /** Words that chain to a bare speech verb: "went on to say", "would then say". */
    static boolean isVerbChain(String word) {
        return VERB_CHAIN.contains(lower(word));
    }

    /** A form of "be" that makes a following participle passive: "was asked". */
    static boolean isPassiveAuxiliary(String word) {
        return PASSIVE_AUXILIARIES.contains(lower(word));
    }

    /** A word that opens a subordinate clause: "when", "because", "although". */
    static boolean isSubordinator(String word) {
        return SUBORDINATORS.contains(lower(word));
    }

    /** A lower-case word that cannot be the verb after a subject: a preposition, conjunction, relative word or article. */
    static boolean isNotVerb(String word) {
        return NOT_VERBS.contains(lower(word));
    }
}
