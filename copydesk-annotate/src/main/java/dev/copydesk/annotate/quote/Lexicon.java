package dev.copydesk.annotate.quote;

import java.util.Locale;
import java.util.Set;

/** The words attribution turns on: speech verbs, pronouns, nouns that name people. Immutable. */
final class Lexicon {
    private static final Set<String> CUE_STEMS = set(
            "say", "tell", "add", "write", "ask", "claim", "insist", "explain", "continue", "note", "state",
            "declare", "recall", "remark", "warn", "argue", "reply", "respond", "admit", "tweet", "announce",
            "vow", "shout", "joke", "quip", "concede", "stress", "confirm", "acknowledge", "urge", "exclaim",
            "predict", "boast", "complain", "agree", "suggest", "retort", "scream", "yell", "whisper", "mutter",
            "observe", "reveal", "report", "comment", "counter", "conclude", "charge", "contend", "maintain",
            "promise", "pledge", "plead", "demand", "beg", "cry", "sneer", "laugh", "emphasize", "emphasise",
            "assert", "allege", "lament", "sigh", "interject", "mock", "write", "post", "proclaim", "describe",
            "answer", "echo", "bark", "wonder", "elaborate", "demur", "assure", "exhort", "react", "blog", "recite",
            "chant", "caution", "muse", "scoff", "interrupt", "question", "disagree", "recount");

    /** Cues that report speech without "that" ("he said they left"). Others need "that" for indirect speech. */
    private static final Set<String> BARE_INDIRECT = set("said", "says", "told", "tells", "added", "adds",
            "claimed", "claims", "insisted", "insists", "wrote", "writes");

    private static final Set<String> PHRASAL_BACK = set("shot", "shoots", "fired", "fires", "hit", "hits",
            "snapped", "snaps", "pushed", "pushes", "wrote", "writes", "struck", "strikes");

    private static final Set<String> PHRASAL_OUT = set("pointed", "points", "pointing", "lashed", "lashes",
            "lashing", "spoke", "speaks", "called", "calls", "cried", "cries");

    private static final Set<String> PERSON_NOUNS = set(
            "man", "woman", "men", "women", "boy", "girl", "person", "people", "father", "mother", "son",
            "daughter", "wife", "husband", "brother", "sister", "friend", "neighbour", "neighbor", "resident",
            "residents", "official", "officials", "spokesman", "spokeswoman", "spokesperson", "leader", "leaders",
            "minister", "president", "senator", "governor", "mayor", "chief", "director", "manager", "officer",
            "soldier", "soldiers", "reservist", "conscript", "conscripts", "veteran", "commander", "general",
            "colonel", "captain", "sergeant", "police", "policeman", "detective", "doctor", "nurse", "surgeon",
            "teacher", "student", "lawyer", "attorney", "judge", "prosecutor", "witness", "victim", "survivor",
            "source", "sources", "aide", "aides", "adviser", "advisor", "campaigner", "candidate", "nominee",
            "chairman", "chairwoman", "chair", "executive", "founder", "owner", "worker", "workers", "farmer",
            "expert", "experts", "analyst", "analysts", "economist", "scientist", "researcher", "professor",
            "activist", "activists", "protester", "protesters", "organiser", "organizer", "author", "writer",
            "journalist", "reporter", "editor", "critic", "critics", "supporter", "supporters", "voter", "voters",
            "fan", "fans", "player", "coach", "manager", "star", "actor", "actress", "singer", "mp", "lawmaker",
            "lawmakers", "congressman", "congresswoman", "representative", "democrat", "republican", "diplomat",
            "ambassador", "envoy", "secretary", "pilot", "driver", "passenger", "customer", "patient", "mum",
            "dad", "grandmother", "grandfather", "pensioner", "pensioners", "teenager", "teen", "youngster",
            "child", "children", "nationalist", "nationalists", "rebel", "rebels", "fighter", "fighters",
            "militant", "candidate", "ceo", "boss", "employee", "employees", "staff", "insider", "insiders",
            "commentator", "pollster", "strategist", "operative", "campaign", "administration", "spokesmen",
            "team", "officials", "prime", "secretary-general", "reverend", "priest", "bishop", "imam", "rabbi",
            "farmer", "miner", "miners", "nurse", "builder", "mechanic", "engineer", "investigator", "investigators", "agent", "agents", "host");

    private static final Set<String> TITLES = set("mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame",
            "lord", "lady", "rev", "gen", "col", "capt", "sgt", "sen", "rep", "gov", "president", "senator",
            "governor", "mayor", "minister", "judge", "general", "colonel", "captain", "chancellor", "pope",
            "king", "queen", "prince", "princess", "secretary", "speaker", "detective", "officer", "professor");

    private static final Set<String> DETERMINERS = set("the", "a", "an", "one", "another", "this", "that",
            "his", "her", "their", "its", "our", "two", "three", "some", "many", "several", "other");

    private static final Set<String> ADVERBS = set("also", "later", "then", "previously", "once", "again",
            "recently", "earlier", "has", "had", "have", "was", "is", "would", "will", "had", "reportedly",
            "allegedly", "further", "simply", "just", "repeatedly", "still", "often", "even", "not", "never");

    private Lexicon() {
    }

    private static Set<String> set(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
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
        switch (w) {
            case "said", "told", "wrote", "written", "cried", "replied", "says", "tells", "writes", "cries",
                 "replies", "posted", "tweeted" -> {
                return true;
            }
            default -> {
            }
        }
        if (CUE_STEMS.contains(w)) {
            return false; // bare stems ("say", "tell") are rarely attributions in news
        }
        for (String suffix : new String[] {"ed", "d", "s", "es", "ing", "ting", "ping"}) {
            if (w.endsWith(suffix)) {
                String stem = w.substring(0, w.length() - suffix.length());
                if (CUE_STEMS.contains(stem) || CUE_STEMS.contains(stem + "e")) {
                    return !(w.endsWith("s") && isPluralNounLike(stem));
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

    /** Like {@link #isCue}, but right after a subject, where "notes" and "reports" are verbs. */
    /** Auxiliary and modal verbs, negated forms included: "is", "has", "will", "won’t". */
    static boolean isAuxiliary(String word) {
        return switch (lower(word).replace('’', '\'')) {
            case "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "does", "do", "did",
                 "should", "may", "might", "must", "isn't", "wasn't", "won't", "can't", "doesn't", "didn't", "hasn't",
                 "haven't", "wouldn't", "shouldn't", "couldn't", "aren't", "weren't" -> true;
            default -> false;
        };
    }

    static boolean isCueAfterSubject(String word) {
        String w = lower(word);
        if (isCue(w)) {
            return true;
        }
        return w.endsWith("s") && (CUE_STEMS.contains(w.substring(0, w.length() - 1))
                || w.endsWith("es") && CUE_STEMS.contains(w.substring(0, w.length() - 2)));
    }

    private static boolean isPluralNounLike(String stem) {
        return stem.equals("report") || stem.equals("post") || stem.equals("comment") || stem.equals("charge")
                || stem.equals("promise") || stem.equals("demand") || stem.equals("claim") || stem.equals("note")
                || stem.equals("state") || stem.equals("cry") || stem.equals("plea") || stem.equals("laugh")
                || stem.equals("answer") || stem.equals("question") || stem.equals("chant") || stem.equals("blog")
                || stem.equals("echo") || stem.equals("wonder") || stem.equals("caution") || stem.equals("reaction");
    }

    /**
     * True for "read"/"reads", which report the words of a text ("the sign read", "it reads:") but only
     * right next to the quote, where the caller checks the position.
     */
    static boolean isReadVerb(String word) {
        String w = lower(word);
        return w.equals("read") || w.equals("reads");
    }

    /** True for a bare speech verb after an auxiliary or "to": "he will say", "went on to say". */
    static boolean isBareCueAfter(String auxiliary, String verb) {
        String v = lower(verb);
        if (!(v.equals("say") || v.equals("add") || v.equals("write") || v.equals("ask") || v.equals("tell"))) {
            return false;
        }
        return switch (lower(auxiliary)) {
            case "will", "would", "to", "did", "does", "could", "might", "may", "can", "should", "must", "'ll", "’ll",
                 "they", "we", "i", "you" -> true; // "as they say,"
            default -> false;
        };
    }

    /** Nouns for things said or written: "issued a statement, “…”", "posted a message:". */
    static boolean isSpeechNoun(String word) {
        return switch (lower(word)) {
            case "statement", "statements", "message", "tweet", "tweets", "post", "email", "e-mail", "letter", "note",
                 "speech", "remarks", "interview", "op-ed", "column", "memo", "announcement", "release" -> true;
            default -> false;
        };
    }

    /** Days, months and words like "Today" that look like names but never speak. */
    static boolean isTimeWord(String word) {
        return switch (lower(word)) {
            case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
                 "tomorrow", "tonight", "january", "february", "march", "april", "june", "july", "august",
                 "september", "october", "november", "december", "jan", "feb", "aug", "sept", "oct", "nov", "dec",
                 "earlier", "later", "last", "next", "meanwhile" -> true;
            default -> false;
        };
    }

    /** True for a two-word speech verb: "shot back", "fired back", "pointed out", "lashed out". */
    static boolean isPhrasalCue(String verb, String particle) {
        String v = lower(verb);
        return switch (lower(particle)) {
            case "back" -> PHRASAL_BACK.contains(v);
            case "out" -> PHRASAL_OUT.contains(v);
            case "it" -> v.equals("put") || v.equals("puts"); // "as Ann Lee put it:"
            case "on" -> v.equals("went") || v.equals("goes") || v.equals("carried") || v.equals("carries");
            default -> false;
        };
    }

    static boolean isBareIndirectCue(String word) {
        return BARE_INDIRECT.contains(lower(word));
    }

    static boolean isSingularPronoun(String word) {
        String w = lower(word);
        return w.equals("he") || w.equals("she");
    }

    static boolean isPronoun(String word) {
        String w = lower(word);
        return w.equals("he") || w.equals("she") || w.equals("they") || w.equals("i") || w.equals("we");
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
}
