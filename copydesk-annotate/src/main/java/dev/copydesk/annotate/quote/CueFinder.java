package dev.copydesk.annotate.quote;

import java.util.List;

/**
 * A way of finding the cue of a quoted piece: the speech verb (or "according to", a label, a signature)
 * and the speaker it names. Finders are tried in the order of {@link #ORDER}; the first cue found wins,
 * except that a speakerless cue after the quote with a capitalised verb ("“…” Asked if …, Trump
 * replied") opens the next sentence and is kept only when no later finder finds anything.
 *
 * <p>Like jsoup's {@code Evaluator}s, finders are small, final and stateless: thread-safe and shared.
 */
abstract class CueFinder {
    /** Rule priority, highest first. */
    static final List<CueFinder> ORDER = List.of(new AfterQuote(), new BeforeInSentence(), new ColonParagraph(),
            new PreviousSentence(), new DashSignature());

    /** The cue of the piece, or null when it has none. */
    abstract Cue find(Site site);

    private final String name = Rules.name(this);

    /** "Family.Rule", the name traces show. */
    final String name() {
        return name;
    }

    /** The cue of {@code site}'s piece by the rules of {@link #ORDER}, or null. */
    static Cue first(Site site) {
        Cue speakerless = null;
        for (CueFinder finder : ORDER) {
            Cue cue = finder.find(site);
            if (cue == null) {
                continue;
            }
            if (!cue.before() && cue.speaker() == null && speakerless == null
                    && Character.isUpperCase(site.d().words[cue.cue()].charAt(0))) {
                speakerless = cue; // "“…” Asked if …, Trump replied": the verb opens the next sentence
                continue;
            }
            return cue;
        }
        return speakerless;
    }

    /** A cue right after the closing mark, by the rules of {@link CueAfter#ORDER}. */
    static final class AfterQuote extends CueFinder {
        @Override
        Cue find(Site site) {
            for (CueFinder finder : CueAfter.ORDER) {
                Cue cue = finder.find(site);
                if (cue != null) {
                    return cue.via(name());
                }
            }
            return null;
        }
    }

    /** A cue before the opening mark in the quote's own sentence: "He said:", "According to X,". */
    static final class BeforeInSentence extends CueFinder {
        @Override
        Cue find(Site site) {
            Doc d = site.d();
            QuoteScanner.Piece p = site.piece();
            int sentenceStart = d.sentenceStartBefore(p.open(), site.paragraph()[0]);
            Cue cue = CueBefore.first(d, Math.max(site.prevClose(), sentenceStart), p.open(), sentenceStart);
            return cue == null ? null : cue.via(name());
        }
    }

    /** A quote that opens its paragraph after a paragraph ending in a colon: the cue before that colon. */
    static final class ColonParagraph extends CueFinder {
        @Override
        Cue find(Site site) {
            Doc d = site.d();
            QuoteScanner.Piece p = site.piece();
            if (p.open() != site.paragraph()[0] || p.paragraph() == 0
                    || d.text.charAt(site.paragraphs().get(p.paragraph() - 1)[1] - 1) != ':') {
                return null;
            }
            int[] prev = site.paragraphs().get(p.paragraph() - 1);
            int prevPieceClose = prev[0];
            for (QuoteScanner.Piece q : site.pieces()) {
                if (q.paragraph() == p.paragraph() - 1) {
                    prevPieceClose = Math.max(prevPieceClose, q.close());
                }
            }
            int prevSentence = d.sentenceStartBefore(prev[1] - 1, prev[0]);
            Cue cue = CueBefore.first(d, Math.max(prevPieceClose, prevSentence), prev[1], prevSentence);
            return cue == null ? null : cue.via(name());
        }
    }

    /**
     * "Ann Lee agreed. “…”": the sentence before the quote, in its paragraph, ends with a speech verb
     * and has nothing after it, so its subject speaks the quote.
     */
    static final class PreviousSentence extends CueFinder {
        @Override
        Cue find(Site site) {
            Doc d = site.d();
            QuoteScanner.Piece p = site.piece();
            int[] para = site.paragraph();
            int prevClose = site.prevClose();
            if (p.open() <= para[0]) {
                return null;
            }
            int end = d.firstTokenAtOrAfter(p.open());
            int dot = end - 1;
            if (dot < 0 || !d.is(dot, ".") || d.starts[dot] < prevClose) {
                return null;
            }
            int verb = dot - 1;
            while (verb >= 0 && dot - verb <= CueBefore.MAX_CUE_TAIL && d.isWord(verb) && !Lexicon.isCue(d.words[verb])) {
                verb--; // "said in a statement.", "told reporters."
            }
            if (verb >= 0 && verb < dot - 1 && !(Lexicon.isFunctionWord(d.words[verb + 1]) || Lexicon.isAdverb(d.words[verb + 1])
                    || Lexicon.isTimeWord(d.words[verb + 1]) || Lexicon.lower(d.words[verb]).startsWith("tol"))) {
                return null; // "Ann Lee praised the plan." has an object of its own
            }
            if (verb < 0 || d.starts[verb] < Math.max(para[0], prevClose) || !Lexicon.isCue(d.words[verb])
                    || d.words[verb].endsWith("ing")) {
                return null;
            }
            int sentence = d.sentenceStartBefore(d.starts[verb], Math.max(para[0], prevClose));
            int first = d.firstTokenAtOrAfter(Math.max(sentence, prevClose));
            SpeakerRule.Decision who = SpeakerRule.decide(new SpeakerRule.Verb(d, first, first, verb, verb, false));
            return who.speaker() == null ? null : new Cue(verb, who.speaker(), true, name() + ">" + who.rule());
        }
    }

    /**
     * A quote that ends its paragraph, signed on the next line with a dash: "“…”" then "- Sanders." or
     * "—Maria Lopez, Tucson." The speaker is the name after the dash; the line must be short.
     */
    static final class DashSignature extends CueFinder {
        private static final int MAX_SIGNATURE_WORDS = 12;

        @Override
        Cue find(Site site) {
            Doc d = site.d();
            QuoteScanner.Piece p = site.piece();
            List<int[]> paragraphs = site.paragraphs();
            int[] para = site.paragraph();
            if (!p.closed() || p.close() > para[1] || !d.text.substring(p.close(), para[1]).replaceAll("[\\s.,]", "").isEmpty()
                    || p.paragraph() + 1 >= paragraphs.size()) {
                return null;
            }
            int[] next = paragraphs.get(p.paragraph() + 1);
            if ("-—–".indexOf(d.text.charAt(next[0])) < 0 || QuoteScanner.wordCount(d.text, next[0], next[1]) > MAX_SIGNATURE_WORDS) {
                return null;
            }
            int t = d.firstTokenAtOrAfter(next[0]);
            while (t < d.size() && d.starts[t] < next[1] && !d.isWord(t)) {
                t++;
            }
            Mentions.Mention m = Mentions.afterCue(d, t, d.firstTokenAtOrAfter(next[1]));
            return m == null || m.kind() == Mentions.Kind.PRONOUN ? null : new Cue(t, m, false, name());
        }
    }
}
