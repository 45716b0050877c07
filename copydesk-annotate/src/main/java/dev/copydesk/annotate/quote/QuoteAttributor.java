package dev.copydesk.annotate.quote;

import dev.copydesk.annotate.Layers;
import dev.copydesk.annotate.Quote;
import dev.copydesk.core.Article;
import dev.copydesk.core.LayerKey;
import dev.copydesk.core.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds quotes and who said them: Copydesk's attribution stage, tuned for news.
 *
 * <p>Reads the {@link Layers#TOKENS}, {@link Layers#SENTENCES} and {@link Layers#ENTITIES} layers (any
 * provider; part-of-speech tags are not needed) and adds {@link Layers#QUOTES}:
 * <ul>
 *   <li>direct quotes in “…”, ‘…’ or "…" marks, one {@link Quote} per paragraph piece when a quote runs
 *       over several paragraphs; short quoted phrases with no cue ("partisan", titles) are scare quotes
 *       and are not reported, nor are quoted fragments inside a sentence;</li>
 *   <li>the speaker from a cue after the quote ("he said", "said Mr Smith", "according to"), before it
 *       ("The reservist asked bluntly:"), in the previous paragraph ending with a colon, from the other
 *       pieces of the same quote, or, for a paragraph that is only a quote, the person in focus;</li>
 *   <li>reported speech ("X told Y that ...", "X said he ...") as quotes with {@code direct = false}.</li>
 * </ul>
 * A speaker is only ever taken from an attribution or from the person in focus, never because a name
 * is near. Pronouns and descriptions resolve through a simple salience model (see {@link Salience}).
 *
 * <p>The rules are small named objects composed in ordered lists, so rule priority reads as a list:
 * {@link CueFinder#ORDER} (with {@link CueAfter#ORDER} and {@link CueBefore#ORDER}) finds a cue,
 * {@link SpeakerRule#ORDER} the speaker of a verb before a quote, {@link Rejection#ORDER} says why marked
 * text is not a quote and {@link PartOfClause#ORDER} why a quote is part of reported speech. Word lists
 * are resource files read by {@link Lexicon}. {@link #explain} names the rules that decided.
 *
 * <p>Final, stateless and thread-safe.
 */
public final class QuoteAttributor implements Stage {
    static final String NAME = "quote-attributor";
    private static final int FOCUS_PARAGRAPHS = 3;

    /**
     * How one quoted piece was decided, for debugging rules: the piece's marks {@code [open, close)},
     * the rules that found its cue, outermost first ("CueFinder.AfterQuote>CueAfter.SubjectVerb",
     * "CueFinder.BeforeInSentence>CueBefore.Verb>SpeakerRule.ClauseSubject";
     * null when none), the rule that rejected it as a quote ("Rejection.TitleCase") and the rule that
     * made it part of a reported clause ("PartOfClause.AfterThat"), each null when none did.
     */
    public record Decision(int open, int close, String cueRule, String rejectedBy, String partOfClauseBy) {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.ENTITIES);
    }

    @Override
    public Set<LayerKey<?>> provides() {
        return Set.of(Layers.QUOTES);
    }

    @Override
    public Article process(Article article) {
        return article.withLayer(Layers.QUOTES, attribute(doc(article), null));
    }

    /**
     * The decisions behind {@link #process} for every quoted piece of the article, in text order. Reads
     * the same layers; changes nothing.
     */
    public List<Decision> explain(Article article) {
        List<Decision> trace = new ArrayList<>();
        attribute(doc(article), trace);
        return List.copyOf(trace);
    }

    private static Doc doc(Article article) {
        return new Doc(article.text(), article.layer(Layers.TOKENS, NAME).items(),
                article.layer(Layers.SENTENCES, NAME).items(), article.layer(Layers.ENTITIES, NAME).items());
    }

    private static List<Quote> attribute(Doc d, List<Decision> trace) {
        String text = d.text;
        List<int[]> paragraphs = QuoteScanner.paragraphs(text);
        List<QuoteScanner.Piece> pieces = QuoteScanner.scan(text, paragraphs);
        for (QuoteScanner.Piece p : pieces) {
            for (int t = d.firstTokenAtOrAfter(p.open()); t < d.size() && d.starts[t] < p.close(); t++) {
                d.quoted[t] = true;
            }
        }
        Cue[] cues = new Cue[pieces.size()];
        for (int k = 0; k < pieces.size(); k++) {
            cues[k] = CueFinder.first(new Site(d, pieces, k, paragraphs));
        }
        Salience salience = new Salience(d);
        List<Quote> out = new ArrayList<>();
        Salience.Referent[] resolved = new Salience.Referent[pieces.size()];
        Cue[] used = new Cue[pieces.size()];
        int k = 0;
        int sentence = 0;
        int sentences = d.sentenceStartTok.length;
        while (k < pieces.size() || sentence < sentences) {
            int sentenceAt = sentence < sentences ? d.startOf(sentence) : Integer.MAX_VALUE;
            if (k < pieces.size() && pieces.get(k).open() <= sentenceAt) {
                Site site = new Site(d, pieces, k, paragraphs);
                QuoteScanner.Piece p = site.piece();
                Cue cue = cueFor(pieces, cues, k);
                Salience.Referent who = null;
                if (cue != null && cue.speaker() != null) {
                    who = cue == cues[k] || d.starts[cue.cue()] >= p.open() ? salience.resolve(cue.speaker()) : null;
                    if (who == null) {
                        who = inherited(pieces, resolved, k);
                    }
                } else if (cue == null) {
                    who = inheritedInParagraph(pieces, resolved, used, k);
                }
                Rejection rejection = Rejection.first(site, cues[k], cue);
                boolean quote = rejection == null;
                PartOfClause partial = quote ? PartOfClause.first(site, cues[k]) : null;
                if (partial != null) {
                    // "But, he said, “there was never …” and …": the marks quote part of a reported clause
                    quote = false;
                    Quote reported = ReportedSpeech.reportedAround(d, p, cue, who, out);
                    if (reported != null) {
                        out.add(reported);
                        salience.attend(who, p.paragraph(), cue == null ? null : cue.speaker());
                    }
                }
                if (trace != null) {
                    trace.add(new Decision(p.open(), p.close(), cues[k] == null ? null : cues[k].rule(),
                            rejection == null ? null : rejection.name(), partial == null ? null : partial.name()));
                }
                if (!quote && who != null) {
                    // "“Heartbreaking,” Ryan said. “And …”": a short piece still names the paragraph's speaker
                    resolved[k] = who;
                    used[k] = cue;
                }
                if (quote) {
                    Mentions.Mention focusMention = null;
                    if (cue == null && who == null && standsAlone(d, p, paragraphs)) {
                        who = salience.focus(p.paragraph(), FOCUS_PARAGRAPHS);
                        focusMention = who == null ? null : salience.focusMention();
                    }
                    resolved[k] = who;
                    used[k] = cue;
                    out.add(toQuote(d, p, cue, who, pieces, k, used, focusMention));
                    salience.attend(who, p.paragraph(), cue == null ? null : cue.speaker());
                }
                k++;
            } else {
                int s = sentence++;
                if (!QuoteScanner.insidePiece(pieces, d.startOf(s))) {
                    ReportedSpeech.narrative(d, s, pieces, salience, out, QuoteScanner.paragraphOf(paragraphs, d.startOf(s)));
                }
            }
        }
        return out;
    }

    /** The piece's own cue, else a cue of another piece of the same multi-paragraph quote, else a sibling's in its paragraph. */
    private static Cue cueFor(List<QuoteScanner.Piece> pieces, Cue[] cues, int k) {
        if (cues[k] != null) {
            return cues[k];
        }
        QuoteScanner.Piece p = pieces.get(k);
        for (int j = 0; j < pieces.size(); j++) {
            if (j != k && pieces.get(j).group() == p.group() && cues[j] != null) {
                return cues[j];
            }
        }
        // "A," he said. "B." and "A." ... "B," he said: siblings in a paragraph share the speaker.
        for (int j = k + 1; j < pieces.size() && pieces.get(j).paragraph() == p.paragraph(); j++) {
            if (cues[j] != null && cues[j].speaker() != null && !cues[j].before()) {
                return cues[j];
            }
        }
        return null;
    }

    /** The speaker of the nearest earlier piece of the same quote or paragraph. */
    private static Salience.Referent inherited(List<QuoteScanner.Piece> pieces, Salience.Referent[] resolved, int k) {
        for (int j = k - 1; j >= 0; j--) {
            if (resolved[j] != null && (pieces.get(j).group() == pieces.get(k).group()
                    || pieces.get(j).paragraph() == pieces.get(k).paragraph())) {
                return resolved[j];
            }
        }
        return null;
    }

    /** The speaker of the nearest earlier piece of the paragraph, taking over the cue it used. */
    private static Salience.Referent inheritedInParagraph(List<QuoteScanner.Piece> pieces, Salience.Referent[] resolved,
                                                          Cue[] used, int k) {
        for (int j = k - 1; j >= 0 && pieces.get(j).paragraph() == pieces.get(k).paragraph(); j--) {
            if (resolved[j] != null) {
                used[k] = used[j];
                return resolved[j];
            }
        }
        return null;
    }

    /** True when the piece opens its paragraph or follows the end of a sentence or of another quote. */
    private static boolean standsAlone(Doc d, QuoteScanner.Piece p, List<int[]> paragraphs) {
        int ps = paragraphs.get(p.paragraph())[0];
        String before = d.text.substring(ps, p.open()).strip();
        return before.isEmpty() || before.endsWith(".") || before.endsWith(":") || before.endsWith("”")
                || before.endsWith("’") || before.endsWith("\"") || before.endsWith("?") || before.endsWith("!");
    }

    private static Quote toQuote(Doc d, QuoteScanner.Piece p, Cue cue, Salience.Referent who,
                                 List<QuoteScanner.Piece> pieces, int k, Cue[] used, Mentions.Mention focusMention) {
        int s = p.start();
        int e = p.end();
        while (e > s && (d.text.charAt(e - 1) == ',' || Character.isWhitespace(d.text.charAt(e - 1)))) {
            e--;
        }
        if (e == s) {
            e = p.end();
        }
        Cue c = cue != null ? cue : used[k];
        Mentions.Mention m = c != null ? c.speaker() : null;
        for (int j = k - 1; m == null && j >= 0 && pieces.get(j).paragraph() == p.paragraph(); j--) {
            if (used[j] != null && used[j].speaker() != null) {
                m = used[j].speaker(); // "“A,” she said. “B.”": the paragraph's speaker
            }
        }
        if (m == null && focusMention != null) {
            m = focusMention; // the words that put the speaker in focus: "Ann Lee said … ¶ “…”"
        }
        if (m == null && who != null) {
            // the focus: point at the mention of the previous attributed quote when there is one
            for (int j = k - 1; j >= 0; j--) {
                if (used[j] != null && used[j].speaker() != null) {
                    m = used[j].speaker();
                    break;
                }
            }
        }
        String speaker = m == null ? null : d.text.substring(d.starts[m.from()], d.ends[m.to() - 1]);
        int ss = m == null ? -1 : d.starts[m.from()];
        int se = m == null ? -1 : d.ends[m.to() - 1];
        String cueWord = cue == null ? null : cue.text(d);
        return new Quote(s, e, d.text.substring(s, e), true, speaker, ss, se, who == null ? null : who.canonical(), cueWord);
    }
}
