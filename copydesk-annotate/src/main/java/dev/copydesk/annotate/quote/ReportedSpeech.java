package dev.copydesk.annotate.quote;

import dev.copydesk.annotate.Quote;
import java.util.List;

/**
 * Reported speech: "X told Y that …", "X said he …", and the clause around a quoted fragment, each as
 * one quote with {@code direct = false}; and the subject of a sentence outside quotes, which moves the
 * focus of {@link Salience}. Stateless and thread-safe (the salience passed in is per article).
 */
final class ReportedSpeech {
    private ReportedSpeech() {
    }

    /** Reported speech and the subject of a sentence outside quotes. */
    static void narrative(Doc d, int s, List<QuoteScanner.Piece> pieces, Salience salience, List<Quote> out, int paragraph) {
        int first = d.sentenceStartTok[s];
        int end = d.sentenceEndTok[s];
        int subjectAt = first;
        if (d.isWord(first) && Lexicon.isFunctionWord(d.words[first]) && !Lexicon.isPronoun(d.words[first])) {
            for (int j = first; j < end && j < first + 15; j++) {
                if (d.words[j].equals(",")) {
                    subjectAt = j + 1;
                    break;
                }
            }
        }
        Mentions.Mention subject = Mentions.startingAt(d, subjectAt, end);
        if (subject == null) {
            subject = Mentions.determinedPhrase(d, subjectAt, end); // "The administrators wrote …"
        }
        for (int c = first + 1; c < end - 2; c++) {
            if (!Lexicon.isCue(d.words[c]) || QuoteScanner.insidePiece(pieces, d.starts[c])) {
                continue;
            }
            int sb = c - 1;
            while (sb > first && Lexicon.isAdverb(d.words[sb])) {
                sb--;
            }
            Mentions.Mention m = Mentions.endingAt(d, sb, first);
            if (m == null) {
                m = Mentions.determinedPhraseEndingAt(d, sb, first); // "The administrators wrote that …"
            }
            if (m == null || Subjects.isObject(d, m, first)) {
                continue;
            }
            int clause = reportedClause(d, c, end);
            if (clause < 0) {
                break;
            }
            // "Messages said the conscript questioned whether …": the words are the inner speaker's.
            for (int c2 = clause + 1; c2 < end - 2 && c2 < clause + 12; c2++) {
                if (!Lexicon.isCue(d.words[c2]) || QuoteScanner.insidePiece(pieces, d.starts[c2])) {
                    continue;
                }
                int sb2 = c2 - 1;
                while (sb2 > clause && Lexicon.isAdverb(d.words[sb2])) {
                    sb2--;
                }
                Mentions.Mention inner = Mentions.endingAt(d, sb2, clause);
                if (inner == null) {
                    inner = Mentions.determinedPhraseEndingAt(d, sb2, clause);
                }
                int innerClause = inner == null || inner.from() != clause ? -1 : reportedClause(d, c2, end);
                if (innerClause > 0) {
                    m = inner;
                    c = c2;
                    clause = innerClause;
                }
                break;
            }
            int cs = d.starts[clause];
            int ce = d.ends[end - 1];
            while (ce > cs && ".!?,;".indexOf(d.text.charAt(ce - 1)) >= 0) {
                ce--;
            }
            if (QuoteScanner.wordCount(d.text, cs, ce) < Rejection.MIN_QUOTE_WORDS || startsQuote(d.text, cs)) {
                break;
            }
            Salience.Referent who = salience.resolve(m);
            out.add(new Quote(cs, ce, d.text.substring(cs, ce), false, d.text.substring(d.starts[m.from()], d.ends[m.to() - 1]),
                    d.starts[m.from()], d.ends[m.to() - 1], who == null ? null : who.canonical(), d.words[c]));
            salience.attend(who, paragraph, m);
            return;
        }
        if (subject != null && d.isWord(subject.to()) && Character.isLowerCase(d.words[subject.to()].charAt(0))
                && !d.is(subject.to(), "of")) {
            salience.attend(salience.resolve(subject), paragraph, subject);
        }
    }

    /**
     * The reported clause around a quoted fragment, as one indirect quote: from the clause a cue with
     * "that" opens (else from the start of the sentence) to the end of the sentence. Null when a reported
     * clause already covers the fragment or the sentence cannot be found.
     */
    static Quote reportedAround(Doc d, QuoteScanner.Piece p, Cue cue, Salience.Referent who, List<Quote> out) {
        for (Quote q : out) {
            if (!q.direct() && q.start() <= p.open() && q.end() >= p.start()) {
                return null;
            }
        }
        int t = d.firstTokenAtOrAfter(p.open());
        if (t >= d.size() || d.sentenceOf[t] < 0) {
            return null;
        }
        int s = d.sentenceOf[t];
        int first = d.sentenceStartTok[s];
        int end = d.sentenceEndTok[s];
        int from = first;
        for (int c = first; c < t; c++) {
            if (Lexicon.isCue(d.words[c]) && !d.quoted[c]) {
                int clause = reportedClause(d, c, end);
                if (clause > c && clause < t) {
                    from = clause;
                }
            }
        }
        while (from < t && d.isWord(from) && Lexicon.isFunctionWord(d.words[from]) && d.is(from + 1, ",")) {
            from += 2; // "But, he said, …"
        }
        int cs = d.starts[from];
        int ce = d.ends[end - 1];
        if (cue != null && !cue.before() && d.starts[cue.cue()] >= p.close() && d.starts[cue.cue()] < ce) {
            // "… “will calm fears,” the senator said": the attribution after the marks is not reported
            int at = cue.speaker() == null ? cue.cue() : Math.min(cue.cue(), cue.speaker().from());
            ce = d.starts[at];
        }
        while (ce > cs && ".!?,;".indexOf(d.text.charAt(ce - 1)) >= 0 || ce > cs && Character.isWhitespace(d.text.charAt(ce - 1))) {
            ce--;
        }
        if (ce <= cs || ce < p.start()) {
            return null;
        }
        Mentions.Mention m = cue == null ? null : cue.speaker();
        String speaker = m == null ? null : d.text.substring(d.starts[m.from()], d.ends[m.to() - 1]);
        return new Quote(cs, ce, d.text.substring(cs, ce), false, speaker, m == null ? -1 : d.starts[m.from()],
                m == null ? -1 : d.ends[m.to() - 1], who == null ? null : who.canonical(), cue == null ? null : cue.text(d));
    }

    /** The first token of the clause a cue reports, or -1 when the cue reports none. */
    private static int reportedClause(Doc d, int c, int end) {
        int j = c + 1;
        if (j >= end) {
            return -1;
        }
        if (d.is(j, "that") || d.is(j, "whether")) {
            return j + 1 < end ? j + 1 : -1;
        }
        String cue = Lexicon.lower(d.words[c]);
        boolean telling = cue.startsWith("tol") || cue.startsWith("tell");
        if (telling || Lexicon.isFunctionWord(d.words[j]) && !d.is(j, "it")) {
            // "told reporters that …", "wrote in a post that …", "said in a statement that …"
            for (int k = j; k < Math.min(end, j + 7); k++) {
                if (d.is(k, "that")) {
                    return k + 1 < end ? k + 1 : -1;
                }
                if (telling && k > j && fragmentOpensAt(d, k)) {
                    return j; // "told his officers ‘threatened us’ when …": the officers are the clause's subject
                }
                if (!d.isWord(k)) {
                    return -1;
                }
            }
            return -1;
        }
        if (!Lexicon.isBareIndirectCue(d.words[c]) || !d.isWord(j)) {
            return -1;
        }
        String w = Lexicon.lower(d.words[j]);
        boolean subjectLike = Lexicon.isPronoun(w) || w.equals("it") || w.equals("there") || Lexicon.isDeterminer(w)
                || d.isCapitalised(j) || Character.isDigit(w.charAt(0));
        return subjectLike && !w.equals("that") ? j : -1;
    }

    /** True when token {@code k} is an opening quote mark glued to a lower-case word, right after a word. */
    private static boolean fragmentOpensAt(Doc d, int k) {
        int at = d.starts[k];
        return "“‘\"".indexOf(d.text.charAt(at)) >= 0 && at + 1 < d.text.length() && Character.isLowerCase(d.text.charAt(at + 1))
                && k > 0 && d.isWord(k - 1) && d.ends[k - 1] < at;
    }

    private static boolean startsQuote(String text, int at) {
        return at > 0 && "“‘\"".indexOf(text.charAt(at - 1)) >= 0 || "“‘\"".indexOf(text.charAt(at)) >= 0;
    }
}
