package dev.copydesk.annotate.quote;

/**
 * A cue found next to a quote piece: the cue token, the speaker phrase (null when it has none),
 * whether it sits before the quote, and the name of the rule that found it (for {@link QuoteAttributor#explain}).
 */
record Cue(int cue, Mentions.Mention speaker, boolean before, String rule) {

    /** This cue as found by {@code finder} through its own rule: "CueFinder.ColonParagraph>CueBefore.Verb>…". */
    Cue via(String finder) {
        return new Cue(cue, speaker, before, finder + ">" + rule);
    }

    /** The cue's words as a quote reports them ("said", "shot back", "according to"), or null. */
    String text(Doc d) {
        if (d.is(cue, "according")) {
            return "according to";
        }
        String w = d.words[cue];
        if (cue + 1 < d.size() && Lexicon.isPhrasalCue(w, d.words[cue + 1])) {
            return w + " " + d.words[cue + 1];
        }
        return Lexicon.isCueAfterSubject(w) ? w : null;
    }
}
