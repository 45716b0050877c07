package dev.copydesk.annotate.quote;

import java.util.List;

/**
 * Cue finders that look right after a quote's closing mark, in the order of {@link #ORDER}; all need a
 * closed piece. The first three read the words right after the mark (at most four characters on) and
 * exclude one another by that first word. Stateless and thread-safe.
 */
final class CueAfter {
    /** Rule priority, highest first. */
    static final List<CueFinder> ORDER = List.of(new Inverted(), new AccordingTo(), new SubjectVerb(), new Appositive());

    private static final int MAX_GAP = 4;
    private static final int MAX_APPOSITIVE_SUBJECT = 25;

    private CueAfter() {
    }

    /**
     * The first token after {@code from}, skipping punctuation within four characters; -1 at a sentence
     * end after the mark ("…”. The"), at the next piece or paragraph end, or when the gap is wider.
     */
    private static int firstAfter(Doc d, int from, int limit) {
        int t = d.firstTokenAtOrAfter(from);
        while (t < d.size() && d.starts[t] < limit && !d.isWord(t) && d.starts[t] - from < MAX_GAP) {
            if (d.words[t].equals(".") || d.words[t].equals("?") || d.words[t].equals("!")) {
                // "….” He said" is fine, but "…”. The" starts a new sentence
                if (d.starts[t] > from) {
                    break;
                }
            }
            t++;
        }
        return t >= d.size() || d.starts[t] >= limit || d.starts[t] - from > MAX_GAP ? -1 : t;
    }

    /** "…” said Mr Smith", "…” wrote another", "…,” the sign read": a speech verb first, its speaker after it. */
    static final class Inverted extends CueFinder {
        @Override
        Cue find(Site site) {
            Doc d = site.d();
            QuoteScanner.Piece p = site.piece();
            int t = p.closed() ? firstAfter(d, p.close(), site.nextOpen()) : -1;
            if (t < 0 || !(Lexicon.isCue(d.words[t]) || Lexicon.isReadVerb(d.words[t]))) {
                return null;
            }
            return new Cue(t, Mentions.afterCue(d, t + 1, d.firstTokenAtOrAfter(site.nextOpen())), false, name());
        }
    }

    /** "…” according to officials". */
    static final class AccordingTo extends CueFinder {
        @Override
        Cue find(Site site) {
            Doc d = site.d();
            QuoteScanner.Piece p = site.piece();
            int t = p.closed() ? firstAfter(d, p.close(), site.nextOpen()) : -1;
            if (t < 0 || !(d.is(t, "according") && d.is(t + 1, "to"))) {
                return null;
            }
            return new Cue(t, Mentions.afterCue(d, t + 2, d.firstTokenAtOrAfter(site.nextOpen())), false, name());
        }
    }

    /**
     * "…,’ he said", "…,” the gambling tycoon added", "…,” Smith, 54, said": a subject, an optional
     * apposition and adverbs, then a speech verb. Not when the verb starts a new sentence about
     * something else (see {@link #startsNewSentence}).
     */
    static final class SubjectVerb extends CueFinder {
        @Override
        Cue find(Site site) {
            Doc d = site.d();
            QuoteScanner.Piece p = site.piece();
            int t = p.closed() ? firstAfter(d, p.close(), site.nextOpen()) : -1;
            if (t < 0 || Lexicon.isCue(d.words[t]) || Lexicon.isReadVerb(d.words[t]) || d.is(t, "according") && d.is(t + 1, "to")) {
                return null;
            }
            int ceiling = d.firstTokenAtOrAfter(site.nextOpen());
            Mentions.Mention m = Mentions.startingAt(d, t, ceiling);
            if (m == null) {
                m = Mentions.determinedPhrase(d, t, ceiling);
            }
            if (m == null) {
                return null;
            }
            int c = m.to();
            if (d.is(c, ",")) {
                for (int j = c + 1; j < Math.min(ceiling, c + 10); j++) {
                    if (d.words[j].equals(",")) {
                        c = j + 1;
                        break;
                    }
                }
            }
            while (c < ceiling && d.isWord(c) && Lexicon.isAdverb(d.words[c]) && !Lexicon.isCue(d.words[c])) {
                c++;
            }
            if (c >= ceiling || !d.cueAt(c)) {
                return null;
            }
            Cue cue = new Cue(c, m, false, name());
            return startsNewSentence(d, p, cue, site.nextOpen()) ? null : cue;
        }
    }

    /**
     * True when a cue after a quote that ends its own sentence ("“… win.” He added, “…”", "“… today.”
     * The star then recalled an incident") starts a new sentence about something else: it introduces
     * the next quote (it ends in a comma or colon right before it) or has an object of its own.
     */
    static boolean startsNewSentence(Doc d, QuoteScanner.Piece p, Cue after, int nextOpen) {
        if (after.speaker() == null || after.speaker().from() > after.cue()) {
            return false; // inverted "“…” said Ann Lee": always an attribution
        }
        if (".?!".indexOf(d.text.charAt(p.end() - 1)) < 0 || !Character.isUpperCase(d.words[after.speaker().from()].charAt(0))) {
            return false; // "“…,” he said": the attribution of this quote
        }
        int n = after.cue() + 1;
        if (n < d.size() && Lexicon.isPhrasalCue(d.words[after.cue()], d.words[n])) {
            n++;
        }
        while (n < d.size() && d.isWord(n) && Lexicon.isAdverb(d.words[n])) {
            n++;
        }
        if (n >= d.size() || d.starts[n] >= nextOpen) {
            // nothing after the cue before the next quote: "He added, “…”" introduces it
            String between = d.text.substring(d.ends[after.cue()], Math.min(nextOpen, d.text.length())).strip();
            return nextOpen < d.text.length() && (between.endsWith(",") || between.endsWith(":"));
        }
        String next = d.words[n];
        if (next.equals(",") || next.equals(":")) {
            int j = n + 1;
            return j < d.size() && d.starts[j] >= nextOpen && nextOpen < d.text.length(); // "He added, “…”"
        }
        if (!d.isWord(n)) {
            return false;
        }
        String w = Lexicon.lower(next);
        if (w.equals("that") || Lexicon.isDeterminer(w) && !w.equals("this")) {
            String cue = Lexicon.lower(d.words[after.cue()]);
            return !(cue.startsWith("tol") || cue.startsWith("tell")) || w.equals("that");
        }
        return false;
    }

    /**
     * "…,” Scott Pruitt, the attorney general of Oklahoma, said", "…,” Rep. Jim Jordan (R-Ohio) said",
     * "…,” Trump lawyer Marc Kasowitz said": a subject with an apposition, a bracketed party tag or a
     * noun-modifier in front of the name, then a cue in the same clause; only after a quote that ends in
     * , ? ! or a dash and opens its own clause. The speaker is the person the subject names (its last
     * person entity before the apposition) or, when the subject ends in a person noun ("Obama's former
     * campaign strategist"), the whole description.
     */
    static final class Appositive extends CueFinder {
        @Override
        Cue find(Site site) {
            Doc d = site.d();
            QuoteScanner.Piece p = site.piece();
            if (!p.closed() || ",?!—-".indexOf(d.text.charAt(p.end() - 1)) < 0 || !opensClause(d.text, p.open())) {
                return null;
            }
            int from = p.close();
            int limit = site.nextOpen();
            int t = d.firstTokenAtOrAfter(from);
            while (t < d.size() && d.starts[t] < limit && !d.isWord(t) && d.starts[t] - from < MAX_GAP) {
                t++;
            }
            if (t >= d.size() || d.starts[t] >= limit || !d.isWord(t)) {
                return null;
            }
            int ceiling = Math.min(d.firstTokenAtOrAfter(limit), t + MAX_APPOSITIVE_SUBJECT);
            int cue = -1;
            for (int j = t + 1; j < ceiling; j++) {
                String w = d.words[j];
                if (w.equals(".") || w.equals("?") || w.equals("!") || w.equals(";") || "“”‘\"".contains(w)) {
                    break;
                }
                if (d.cueAt(j) && d.isWord(j) && Character.isLowerCase(w.charAt(0))) {
                    cue = j;
                    break;
                }
            }
            if (cue < 0) {
                return null;
            }
            int head = t;
            while (head < cue && !d.words[head].equals(",") && !d.words[head].equals("(")) {
                head++;
            }
            if (head == t) {
                return null;
            }
            Mentions.Mention m = null;
            if (Lexicon.isPersonNoun(d.words[head - 1])) {
                m = new Mentions.Mention(t, head, Mentions.Kind.DESCRIPTION, null);
            } else {
                for (int j = head - 1; j >= t && m == null; j--) {
                    if (d.isPerson(j)) {
                        m = Mentions.endingAt(d, j, t);
                    }
                }
                if (m == null) {
                    m = Mentions.endingAt(d, head - 1, t);
                }
            }
            if (m == null || m.kind() == Mentions.Kind.PRONOUN && head - t > 1) {
                return null;
            }
            return new Cue(cue, m, false, name());
        }
    }

    /** True when a quote mark at {@code open} starts a paragraph or follows a sentence end or a colon. */
    static boolean opensClause(String text, int open) {
        int i = open - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i < 0 || ".?!:\n”\"".indexOf(text.charAt(i)) >= 0;
    }
}
