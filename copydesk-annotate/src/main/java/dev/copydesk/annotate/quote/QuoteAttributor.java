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
 * <p>Final, stateless and thread-safe.
 */
public final class QuoteAttributor implements Stage {
    static final String NAME = "quote-attributor";
    private static final int MIN_QUOTE_WORDS = 3;
    private static final int MIN_UNCUED_WORDS = 4;
    private static final int MAX_CUE_TAIL = 6;
    private static final int FOCUS_PARAGRAPHS = 3;
    private static final int MAX_APPOSITIVE_SUBJECT = 25;
    private static final int MAX_SIGNATURE_WORDS = 12;
    /** How far back a cue may sit before a quote introduced by a colon or comma ("said in May, when …, “"). */
    private static final int MAX_INTRODUCED_TAIL = 20;
    private static final int MAX_APPOSITION = 25;
    private static final java.util.regex.Pattern AFTER_THAT =
            java.util.regex.Pattern.compile("(?i)(?<![\\p{L}’'])that,?\\s*$");
    /** A headline in marks and its byline, then a colon: what follows is an excerpt of that article. */
    private static final java.util.regex.Pattern EXCERPT_AFTER_BYLINE =
            java.util.regex.Pattern.compile("[”\"’],?\\s*by\\s+\\p{Lu}[^:“”\"\\n]{0,70}:\\s*$");

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
        Doc doc = new Doc(article.text(), article.layer(Layers.TOKENS, NAME).items(),
                article.layer(Layers.SENTENCES, NAME).items(), article.layer(Layers.ENTITIES, NAME).items());
        return article.withLayer(Layers.QUOTES, attribute(doc));
    }

    /** A cue found next to a quote piece: the cue token and the speaker phrase (null when it has none). */
    private record Cue(int cue, Mentions.Mention speaker, boolean before) {
    }

    private static List<Quote> attribute(Doc d) {
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
            cues[k] = findCue(d, pieces, k, paragraphs);
        }
        Salience salience = new Salience(d);
        List<Quote> out = new ArrayList<>();
        Salience.Referent[] resolved = new Salience.Referent[pieces.size()];
        Cue[] used = new Cue[pieces.size()];
        int k = 0;
        int sentence = 0;
        int sentences = d.sentenceStartTok.length;
        while (k < pieces.size() || sentence < sentences) {
            int sentenceAt = sentence < sentences ? startOf(d, sentence) : Integer.MAX_VALUE;
            if (k < pieces.size() && pieces.get(k).open() <= sentenceAt) {
                QuoteScanner.Piece p = pieces.get(k);
                Cue cue = cueFor(pieces, cues, k);
                Salience.Referent who = null;
                if (cue != null && cue.speaker() != null) {
                    who = cue == cues[k] || cueIsLater(pieces, k, cue, d) ? salience.resolve(cue.speaker()) : null;
                    if (who == null) {
                        who = inherited(pieces, resolved, k, cue);
                    }
                } else if (cue == null) {
                    who = inheritedInParagraph(pieces, resolved, used, k);
                }
                boolean quote = isQuote(d, p, pieces, cues, k, cue);
                if (quote && !isContinuation(pieces, k) && !splitBefore(d, pieces, k)
                        && (continuesClause(d, p, cues[k]) || opensWithVerb(d, p) || afterThat(d, p))) {
                    // "But, he said, “there was never …” and …": the marks quote part of a reported clause
                    quote = false;
                    Quote reported = reportedAround(d, p, cue, who, out);
                    if (reported != null) {
                        out.add(reported);
                        salience.attend(who, p.paragraph(), cue == null ? null : cue.speaker());
                    }
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
                if (!insidePiece(pieces, startOf(d, s))) {
                    narrative(d, s, pieces, salience, out, paragraphOf(paragraphs, startOf(d, s)));
                }
            }
        }
        return out;
    }

    private static int startOf(Doc d, int sentence) {
        int t = d.sentenceStartTok[sentence];
        return t < d.size() ? d.starts[t] : d.text.length();
    }

    private static boolean insidePiece(List<QuoteScanner.Piece> pieces, int offset) {
        for (QuoteScanner.Piece p : pieces) {
            if (p.open() <= offset && offset < p.close()) {
                return true;
            }
        }
        return false;
    }

    private static int paragraphOf(List<int[]> paragraphs, int offset) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (offset < paragraphs.get(i)[1]) {
                return i;
            }
        }
        return paragraphs.size() - 1;
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

    private static boolean cueIsLater(List<QuoteScanner.Piece> pieces, int k, Cue cue, Doc d) {
        return d.starts[cue.cue()] >= pieces.get(k).open();
    }

    private static Salience.Referent inherited(List<QuoteScanner.Piece> pieces, Salience.Referent[] resolved, int k, Cue cue) {
        for (int j = k - 1; j >= 0; j--) {
            if (resolved[j] != null && (pieces.get(j).group() == pieces.get(k).group()
                    || pieces.get(j).paragraph() == pieces.get(k).paragraph())) {
                return resolved[j];
            }
        }
        return null;
    }

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

    private static Cue findCue(Doc d, List<QuoteScanner.Piece> pieces, int k, List<int[]> paragraphs) {
        QuoteScanner.Piece p = pieces.get(k);
        int[] para = paragraphs.get(p.paragraph());
        int nextOpen = k + 1 < pieces.size() && pieces.get(k + 1).paragraph() == p.paragraph() ? pieces.get(k + 1).open() : para[1];
        Cue speakerless = null;
        if (p.closed()) {
            Cue after = cueAfter(d, p.close(), nextOpen);
            if (after != null && startsNewSentence(d, p, after, nextOpen)) {
                after = null;
            }
            if (after == null && ",?!—-".indexOf(d.text.charAt(p.end() - 1)) >= 0 && opensClause(d.text, p.open())) {
                after = appositiveCueAfter(d, p.close(), nextOpen);
            }
            if (after != null && after.speaker() == null && Character.isUpperCase(d.words[after.cue()].charAt(0))) {
                // "“…” Asked if …, Trump replied": a capitalised verb with nobody after it opens the next sentence
                speakerless = after;
                after = null;
            }
            if (after != null) {
                return after;
            }
        }
        int prevClose = k > 0 && pieces.get(k - 1).paragraph() == p.paragraph() ? pieces.get(k - 1).close() : para[0];
        int sentenceStart = sentenceStartBefore(d, p.open(), para[0]);
        Cue before = cueBefore(d, Math.max(prevClose, sentenceStart), p.open(), sentenceStart);
        if (before == null && p.open() == para[0] && p.paragraph() > 0 && text(d).charAt(paragraphs.get(p.paragraph() - 1)[1] - 1) == ':') {
            int[] prev = paragraphs.get(p.paragraph() - 1);
            int prevPieceClose = prev[0];
            for (QuoteScanner.Piece q : pieces) {
                if (q.paragraph() == p.paragraph() - 1) {
                    prevPieceClose = Math.max(prevPieceClose, q.close());
                }
            }
            int prevSentence = sentenceStartBefore(d, prev[1] - 1, prev[0]);
            before = cueBefore(d, Math.max(prevPieceClose, prevSentence), prev[1], prevSentence);
        }
        if (before == null && p.open() > para[0]) {
            before = cueEndingPreviousSentence(d, p, para, prevClose);
        }
        if (before == null && p.closed()) {
            before = dashLineAfter(d, p, paragraphs);
        }
        return before != null ? before : speakerless;
    }

    /**
     * "Ann Lee agreed. “…”": the sentence before the quote, in its paragraph, ends with a speech verb
     * and has nothing after it, so its subject speaks the quote.
     */
    private static Cue cueEndingPreviousSentence(Doc d, QuoteScanner.Piece p, int[] para, int prevClose) {
        int end = d.firstTokenAtOrAfter(p.open());
        int dot = end - 1;
        if (dot < 0 || !d.is(dot, ".") || d.starts[dot] < prevClose) {
            return null;
        }
        int verb = dot - 1;
        while (verb >= 0 && dot - verb <= MAX_CUE_TAIL && d.isWord(verb) && !Lexicon.isCue(d.words[verb])) {
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
        int sentence = sentenceStartBefore(d, d.starts[verb], Math.max(para[0], prevClose));
        int first = d.firstTokenAtOrAfter(Math.max(sentence, prevClose));
        Mentions.Mention m = speakerBefore(d, first, first, verb, verb, false);
        return m == null ? null : new Cue(verb, m, true);
    }

    /**
     * A quote that ends its paragraph, signed on the next line with a dash: "“…”" then "- Sanders." or
     * "—Maria Lopez, Tucson." The speaker is the name after the dash; the line must be short.
     */
    private static Cue dashLineAfter(Doc d, QuoteScanner.Piece p, List<int[]> paragraphs) {
        int[] para = paragraphs.get(p.paragraph());
        if (p.close() > para[1] || !d.text.substring(p.close(), para[1]).replaceAll("[\\s.,]", "").isEmpty()
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
        return m == null || m.kind() == Mentions.Kind.PRONOUN ? null : new Cue(t, m, false);
    }

    /**
     * True when a cue after a quote that ends its own sentence ("“… win.” He added, “…”", "“… today.”
     * The star then recalled an incident") starts a new sentence about something else: it introduces
     * the next quote (it ends in a comma or colon right before it) or has an object of its own.
     */
    private static boolean startsNewSentence(Doc d, QuoteScanner.Piece p, Cue after, int nextOpen) {
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

    /** True when token {@code c} is a speech verb after its subject ("says", "notes", "shot back"). */
    private static boolean cueAt(Doc d, int c) {
        return Lexicon.isCueAfterSubject(d.words[c]) || Lexicon.isReadVerb(d.words[c])
                || c + 1 < d.size() && Lexicon.isPhrasalCue(d.words[c], d.words[c + 1])
                || c > 0 && Lexicon.isBareCueAfter(d.words[c - 1], d.words[c]);
    }

    /** True when a quote mark at {@code open} starts a paragraph or follows a sentence end or a colon. */
    private static boolean opensClause(String text, int open) {
        int i = open - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i < 0 || ".?!:\n”\"".indexOf(text.charAt(i)) >= 0;
    }

    private static String text(Doc d) {
        return d.text;
    }

    private static int sentenceStartBefore(Doc d, int offset, int floor) {
        int t = Math.min(d.firstTokenAtOrAfter(offset), d.size() - 1);
        while (t >= 0 && (t >= d.size() || d.starts[t] >= offset)) {
            t--;
        }
        if (t < 0) {
            return floor;
        }
        int s = d.sentenceOf[t];
        int start = s >= 0 ? startOf(d, s) : floor;
        return Math.max(start, floor);
    }

    /** "…,’ he said", "…” said Mr Smith", "…” according to officials". */
    private static Cue cueAfter(Doc d, int from, int limit) {
        int t = d.firstTokenAtOrAfter(from);
        while (t < d.size() && d.starts[t] < limit && !d.isWord(t) && d.starts[t] - from < 4) {
            if (d.words[t].equals(".") || d.words[t].equals("?") || d.words[t].equals("!")) {
                // "….” He said" is fine, but "…”. The" starts a new sentence
                if (d.starts[t] > from) {
                    break;
                }
            }
            t++;
        }
        if (t >= d.size() || d.starts[t] >= limit || d.starts[t] - from > 4) {
            return null;
        }
        int ceiling = d.firstTokenAtOrAfter(limit);
        if (Lexicon.isCue(d.words[t]) || Lexicon.isReadVerb(d.words[t])) {
            Mentions.Mention m = Mentions.afterCue(d, t + 1, ceiling);
            return new Cue(t, m, false);
        }
        if (d.is(t, "according") && d.is(t + 1, "to")) {
            return new Cue(t, Mentions.afterCue(d, t + 2, ceiling), false);
        }
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
        if (c < ceiling && cueAt(d, c)) {
            return new Cue(c, m, false);
        }
        return null;
    }

    /**
     * "…,” Scott Pruitt, the attorney general of Oklahoma, said", "…,” Rep. Jim Jordan (R-Ohio) said",
     * "…,” Trump lawyer Marc Kasowitz said": a subject with an apposition, a bracketed party tag or a
     * noun-modifier in front of the name, then a cue in the same clause. The speaker is the person the
     * subject names (its last person entity before the apposition) or, when the subject ends in a
     * person noun ("Obama's former campaign strategist"), the whole description.
     */
    private static Cue appositiveCueAfter(Doc d, int from, int limit) {
        int t = d.firstTokenAtOrAfter(from);
        while (t < d.size() && d.starts[t] < limit && !d.isWord(t) && d.starts[t] - from < 4) {
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
            if (cueAt(d, j) && d.isWord(j) && Character.isLowerCase(w.charAt(0))) {
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
        return new Cue(cue, m, false);
    }

    /** "He said:", "The reservist asked bluntly:", "…, adding disparagingly:", "According to X,". */
    private static Cue cueBefore(Doc d, int from, int open, int sentenceFrom) {
        int first = d.firstTokenAtOrAfter(from);
        int sentenceFirst = Math.min(first, d.firstTokenAtOrAfter(sentenceFrom));
        int end = d.firstTokenAtOrAfter(open);
        if (end <= first) {
            return null;
        }
        String tail = d.text.substring(from, open).strip();
        boolean introduced = tail.endsWith(":") || tail.endsWith(",");
        int reach = introduced ? MAX_INTRODUCED_TAIL : MAX_CUE_TAIL + 2;
        for (int c = end - 1; c >= first && end - c <= reach; c--) {
            if (d.is(c, "according") && d.is(c + 1, "to")) {
                return new Cue(c, Mentions.afterCue(d, c + 2, end), true);
            }
            int verb = c;
            boolean bare = false;
            if (!Lexicon.isCue(d.words[c])) {
                bare = c - 1 >= first && Lexicon.isBareCueAfter(d.words[c - 1], d.words[c]); // "went on to say:"
                boolean read = Lexicon.isReadVerb(d.words[c]) && end - c <= 2; // "the sign read:"
                if (!bare && !read) {
                    if (c - 1 < first || !Lexicon.isPhrasalCue(d.words[c - 1], d.words[c])) {
                        continue;
                    }
                    verb = c - 1; // "Hillary shot back,"
                }
            }
            if (!introduced && c != end - 1) {
                return null;
            }
            return new Cue(verb, speakerBefore(d, first, sentenceFirst, verb, end, bare), true);
        }
        if (introduced && speechNounBefore(d, first, end)) {
            // "Trump issued a statement, “…”", "She posted a message on her page:": the clause's subject
            Mentions.Mention m = clauseSubject(d, sentenceFirst, end - 1);
            if (m != null) {
                return new Cue(m.to() - 1, m, true);
            }
        }
        if (tail.endsWith(":")) {
            Mentions.Mention label = labelBeforeColon(d, first, end);
            if (label != null) {
                return new Cue(label.to() - 1, label, true);
            }
            // "Cruz called them on it:" or a headline "Kasich: ‘...’": the subject introduces the quote
            Mentions.Mention m = sentenceSubject(d, first, end);
            if (m == null) {
                m = clauseSubject(d, sentenceFirst, end - 1); // "That is, when …— Cruz called them on it:"
            }
            if (m != null && m.kind() != Mentions.Kind.PRONOUN || m != null && m.to() < end) {
                return new Cue(m.to() < end ? m.to() : m.from(), m, true);
            }
        }
        return null;
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

    /** The speaker of a cue verb before a quote, or null. See the cases below. */
    private static Mentions.Mention speakerBefore(Doc d, int first, int sentenceFirst, int verb, int end, boolean bare) {
        int s = verb - 1;
        if (d.is(s, ")")) {
            // "Rep. Ann Lee (D-Ore.) said": the name before the bracketed tag
            int open = s;
            while (open > first && !d.is(open, "(") && s - open < MAX_CUE_TAIL) {
                open--;
            }
            if (d.is(open, "(")) {
                s = open - 1;
            }
        }
        boolean passive = false;
        while (s >= first && d.isWord(s) && (Lexicon.isAdverb(d.words[s]) || bare && Lexicon.isVerbChain(d.words[s]))) {
            passive |= Lexicon.isPassiveAuxiliary(d.words[s]);
            s--;
        }
        String v = Lexicon.lower(d.words[verb]);
        if (passive && (v.endsWith("ed") || v.equals("told"))) {
            // "Sanders was asked by host Bill Maher:" speaks the agent; "Trump was asked:" an unnamed one
            for (int j = verb + 1; j < end; j++) {
                if (d.is(j, "by")) {
                    return Mentions.afterCue(d, j + 1, end);
                }
            }
            return null;
        }
        boolean participle = v.endsWith("ing") && d.is(verb - 1, ",");
        boolean coordinated = s >= first && (d.is(s, "and") || d.is(s, "but"));
        if (participle || coordinated) {
            // "Nefzi said the man left, adding:", "Lee said it was over, but said:": the earlier cue's speaker
            for (int j = verb - 2; j >= sentenceFirst && verb - j <= MAX_INTRODUCED_TAIL; j--) {
                if (!d.quoted[j] && d.isWord(j) && Lexicon.isCue(d.words[j]) && !d.words[j].endsWith("ing")) {
                    Mentions.Mention m = speakerBefore(d, sentenceFirst, sentenceFirst, j, end, false);
                    if (m != null) {
                        return m;
                    }
                    break;
                }
            }
        }
        if (participle) {
            // "Sanders stepped up his attacks, saying:": the clause's subject
            Mentions.Mention m = clauseSubject(d, sentenceFirst, verb);
            if (m != null) {
                return m;
            }
        }
        if (d.is(s, "who") && s - 1 >= sentenceFirst) {
            // "… from Mike Lee, who declared in the spin room, “…”": the person the relative clause is about
            int a = d.is(s - 1, ",") ? s - 2 : s - 1;
            Mentions.Mention antecedent = a >= sentenceFirst ? Mentions.endingAt(d, a, sentenceFirst) : null;
            if (antecedent != null && antecedent.kind() != Mentions.Kind.PRONOUN) {
                return antecedent;
            }
        }
        Mentions.Mention m = Mentions.endingAt(d, s, first);
        if (m == null) {
            m = Mentions.determinedPhraseEndingAt(d, s, first);
        }
        if (m != null && isObject(d, m, first)) {
            m = null; // "a caption under it saying:": "it" is not the subject
        }
        if (m == null && (verb == first || !d.isWord(verb - 1))
                && (Character.isUpperCase(d.words[verb].charAt(0)) || verb == first)) {
            m = Mentions.afterCue(d, verb + 1, end); // inverted: "Said Ellis:", "“…,” said Ellis, “…”"
        }
        if (m == null) {
            m = clauseSubject(d, sentenceFirst, verb); // "He then put on an accent and joked:", "X urged women to vote, saying:"
        }
        return m;
    }

    /** True for a pronoun right after a preposition or a verb ("under it", "told him"): an object, not a subject. */
    private static boolean isObject(Doc d, Mentions.Mention m, int first) {
        if (m.kind() != Mentions.Kind.PRONOUN || m.from() - 1 < first || !d.isWord(m.from() - 1)) {
            return false;
        }
        return Lexicon.isObjectPreposition(d.words[m.from() - 1]);
    }



    /**
     * The subject of the clause that holds the cue: the first mention opening the sentence or a
     * comma-separated part of it that is followed (after a possessive, a bracketed tag or an
     * apposition) by a lower-case verb-like word. "Speaking in his own voice, he recited:" gives "he";
     * "WASHINGTON, May 3 — The mayor's spokeswoman told supporters, saying:" gives the description.
     */
    private static Mentions.Mention clauseSubject(Doc d, int first, int verb) {
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

    /**
     * "Rep. Ann Lee (D-Ore.): “…”", "Pollsters agree - Jo Park: “…”": a name alone before a colon, at
     * the start of its sentence or after a dash, labels the quote that follows.
     */
    private static Mentions.Mention labelBeforeColon(Doc d, int first, int end) {
        int t = end - 1;
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
        return opens ? m : null;
    }

    /** The mention opening the sentence (after a leading clause closed by a comma), or null. */
    private static Mentions.Mention sentenceSubject(Doc d, int first, int end) {
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

    private static boolean standsAlone(Doc d, QuoteScanner.Piece p, List<int[]> paragraphs) {
        int ps = paragraphs.get(p.paragraph())[0];
        String before = d.text.substring(ps, p.open()).strip();
        return before.isEmpty() || before.endsWith(".") || before.endsWith(":") || before.endsWith("”")
                || before.endsWith("’") || before.endsWith("\"") || before.endsWith("?") || before.endsWith("!");
    }

    private static boolean isQuote(Doc d, QuoteScanner.Piece p, List<QuoteScanner.Piece> pieces, Cue[] cues, int k, Cue cue) {
        int words = groupWords(d.text, pieces, k);
        if (words < MIN_QUOTE_WORDS && !shortUtterance(d, p, cues[k])) {
            return false;
        }
        if (!spokenAfterWord(d, p.open())) {
            return false; // "Trump threatened “a major lawsuit”", "founder of “Indian Americans for Hillary”"
        }
        if (!Character.isLetterOrDigit(d.text.charAt(p.start())) && "[(‘'“\"….-—".indexOf(d.text.charAt(p.start())) < 0) {
            return false; // markup caught between marks: tweet-date="…">text
        }
        if (p.closed() && bylineAfter(d, p.close())) {
            return false; // "“Council delays the vote,” by Ann Lee:" is a headline, not a quote
        }
        if (EXCERPT_AFTER_BYLINE.matcher(d.text.substring(Math.max(0, p.open() - 100), p.open())).find()) {
            return false; // "“Council delays the vote,” by the Herald's Ann Lee: “…”" quotes the article, not a speaker
        }
        if (cue == null && p.closed() && isTitleCase(d.text, p.start(), p.end())) {
            return false; // “The Secret Life of Cities”: a title of a work, a slogan or a name
        }
        boolean multi = !p.closed() || (p.open() > 0 && isContinuation(pieces, k));
        if (multi) {
            return true;
        }
        String content = d.text.substring(p.start(), p.end());
        char last = content.charAt(content.length() - 1);
        boolean punctuated = ".,!?…-—".indexOf(last) >= 0;
        String before = d.text.substring(Math.max(0, p.open() - 3), p.open()).strip();
        boolean introduced = before.isEmpty() || before.endsWith(":") || before.endsWith(",") || before.endsWith(".")
                || before.endsWith("”") || before.endsWith("’") || before.endsWith("\"") || before.endsWith("?") || before.endsWith("!");
        if (cues[k] != null) {
            return cues[k].before() ? introduced || punctuated : punctuated || words >= MIN_UNCUED_WORDS + 2;
        }
        if (!introduced) {
            return false; // a fragment inside a sentence: a partial quote, title or scare quote
        }
        return cue != null ? punctuated || words >= MIN_UNCUED_WORDS : words >= MIN_UNCUED_WORDS && punctuated;
    }

    /**
     * True for a closed piece that opens in lower case right after a comma and is not introduced by a
     * speech verb just before that comma: it carries on the clause before it ("the fault of banks, “not
     * by a long shot.”", "But, he said, “there was …” and …"), so the marks quote part of reported
     * speech, not a whole utterance. "telling her, “you are …”" and "“A,” he said, “and B.”" stay quotes.
     */
    private static boolean continuesClause(Doc d, QuoteScanner.Piece p, Cue own) {
        if (!p.closed() || p.end() <= p.start() || !Character.isLowerCase(d.text.charAt(p.start()))) {
            return false;
        }
        int comma = d.firstTokenAtOrAfter(p.open()) - 1;
        while (comma >= 0 && d.starts[comma] >= p.open()) {
            comma--;
        }
        if (comma < 1 || !d.is(comma, ",") || !d.text.substring(d.ends[comma], p.open()).isBlank()) {
            return false;
        }
        if (own != null && own.before() && d.is(own.cue(), "according") && comma - own.cue() <= 6) {
            return false; // "According to the newspaper, “…”"
        }
        for (int v = comma - 1; v >= 0 && comma - v <= 5 && d.isWord(v); v--) {
            if (d.is(v, "that")) {
                return true; // "promising that in any negotiation, “we will …”"
            }
            if (Lexicon.isCue(d.words[v]) || cueAt(d, v)) {
                // a cue set off by commas inside the sentence is parenthetical: "Later, she said, “it …”"
                // unless only a conjunction leads into it: "But, he noted, “while …”" is his whole sentence
                boolean parenthetical = own != null && own.before() && own.speaker() != null
                        && own.speaker().from() > 0 && d.is(own.speaker().from() - 1, ",");
                int lead = own == null || own.speaker() == null ? -1 : own.speaker().from() - 2;
                boolean conjunction = lead >= 0 && (d.is(lead, "but") || d.is(lead, "and") || d.is(lead, "yet"))
                        && (lead == 0 || d.sentenceInitial(lead));
                return parenthetical && !conjunction;
            }
        }
        return true;
    }

    /**
     * True for a closed piece whose first word is a lower-case auxiliary or modal verb: "Nothing the
     * mayor said “will calm fears,”", "which he added “is regrettable.”" The marks quote the predicate
     * of a clause whose subject stands outside them, never a whole utterance.
     */
    private static boolean opensWithVerb(Doc d, QuoteScanner.Piece p) {
        if (!p.closed() || p.end() <= p.start() || !Character.isLowerCase(d.text.charAt(p.start()))) {
            return false;
        }
        int t = d.firstTokenAtOrAfter(p.start());
        return t < d.size() && d.starts[t] < p.end() && Lexicon.isAuxiliary(d.words[t]);
    }

    /** "said in an email that, “Of course …”": marks after "that" quote the words of a reported clause. */
    private static boolean afterThat(Doc d, QuoteScanner.Piece p) {
        return p.closed() && AFTER_THAT.matcher(d.text.substring(Math.max(0, p.open() - 12), p.open())).find();
    }

    /** "“A,” she said, “b …”": the piece carries on an earlier piece of its paragraph that ends in a comma. */
    private static boolean splitBefore(Doc d, List<QuoteScanner.Piece> pieces, int k) {
        if (k == 0 || pieces.get(k - 1).paragraph() != pieces.get(k).paragraph()) {
            return false;
        }
        QuoteScanner.Piece prev = pieces.get(k - 1);
        String between = d.text.substring(prev.close(), pieces.get(k).open());
        boolean comma = prev.end() > prev.start() && d.text.charAt(prev.end() - 1) == ','
                || between.stripLeading().startsWith(",");
        return comma && between.replaceAll("(\\p{Lu}\\p{Ll}{0,2}\\.)+(?=[,\\s])", "").indexOf('.') < 0; // "in Ames, Ia., “…”"
    }

    /**
     * The reported clause around a quoted fragment, as one indirect quote: from the clause a cue with
     * "that" opens (else from the start of the sentence) to the end of the sentence. Null when a reported
     * clause already covers the fragment or the sentence cannot be found.
     */
    private static Quote reportedAround(Doc d, QuoteScanner.Piece p, Cue cue, Salience.Referent who, List<Quote> out) {
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
                m == null ? -1 : d.ends[m.to() - 1], who == null ? null : who.canonical(), cue == null ? null : cueText(d, cue));
    }

    /**
     * False for a quote run on from a word that is not a speech verb: it continues its sentence and is a
     * partial quote, a title or a phrase. "She says “we worked hard”" and "writing “Feels great”" pass.
     */
    private static boolean spokenAfterWord(Doc d, int open) {
        int i = open - 1;
        while (i >= 0 && d.text.charAt(i) == ' ') {
            i--;
        }
        if (i < 0 || !Character.isLetterOrDigit(d.text.charAt(i))) {
            return true;
        }
        int t = d.firstTokenAtOrAfter(open) - 1;
        while (t >= 0 && d.starts[t] >= open) {
            t--;
        }
        return t >= 0 && Lexicon.isCueAfterSubject(d.words[t]);
    }

    /**
     * A one- or two-word quote that is a whole utterance: it stands as its own clause, ends in
     * punctuation inside the marks and has a cue with a speaker right after it ("“Never,” she said.")
     * or after a colon before it ("He shouted: “Quiet!”"). "called it “absurd,” he said" is not one.
     */
    private static boolean shortUtterance(Doc d, QuoteScanner.Piece p, Cue own) {
        if (!p.closed() || own == null || own.speaker() == null || p.end() <= p.start()) {
            return false;
        }
        char last = d.text.charAt(p.end() - 1);
        if (".,!?".indexOf(last) < 0 || !Character.isUpperCase(d.text.charAt(p.start()))) {
            return false;
        }
        if (own.before()) {
            return d.text.substring(0, p.open()).stripTrailing().endsWith(":");
        }
        int i = p.open() - 1;
        while (i >= 0 && d.text.charAt(i) == ' ') {
            i--;
        }
        return i < 0 || ".?!\n”\"".indexOf(d.text.charAt(i)) >= 0;
    }

    /** True when "by" and a capitalised word follow a closing mark: "“Title,” by Ann Lee". */
    private static boolean bylineAfter(Doc d, int close) {
        int t = d.firstTokenAtOrAfter(close);
        if (t < d.size() && d.words[t].equals(",")) {
            t++;
        }
        return t + 1 < d.size() && d.starts[t] - close <= 2 && d.is(t, "by") && d.isCapitalised(t + 1);
    }

    /**
     * True for Title Case words: at least two words, every word of four letters or more capitalised and
     * no sentence inside ("The Secret Life of Cities", "Save Our Quay").
     */
    static boolean isTitleCase(String text, int start, int end) {
        String content = text.substring(start, end).strip();
        while (!content.isEmpty() && ".,!?:;".indexOf(content.charAt(content.length() - 1)) >= 0) {
            content = content.substring(0, content.length() - 1);
        }
        if (content.matches(".*[.!?]\\s.*")) {
            return false;
        }
        String[] words = content.split("[\\s—–-]+");
        int counted = 0;
        for (String w : words) {
            String letters = w.replaceAll("[^\\p{L}]", "");
            if (letters.length() < 4) {
                continue;
            }
            if (!Character.isUpperCase(letters.charAt(0))) {
                return false;
            }
            counted++;
        }
        return words.length >= 2 && counted >= 2;
    }

    private static boolean isContinuation(List<QuoteScanner.Piece> pieces, int k) {
        return (k > 0 && pieces.get(k - 1).group() == pieces.get(k).group())
                || (k + 1 < pieces.size() && pieces.get(k + 1).group() == pieces.get(k).group());
    }

    private static int groupWords(String text, List<QuoteScanner.Piece> pieces, int k) {
        int words = 0;
        for (QuoteScanner.Piece q : pieces) {
            if (q.group() == pieces.get(k).group()) {
                words += QuoteScanner.wordCount(text, q.start(), q.end());
            }
        }
        return words;
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
                    c = used[j];
                    break;
                }
            }
        }
        String speaker = m == null ? null : d.text.substring(d.starts[m.from()], d.ends[m.to() - 1]);
        int ss = m == null ? -1 : d.starts[m.from()];
        int se = m == null ? -1 : d.ends[m.to() - 1];
        String cueWord = cue == null ? null : cueText(d, cue);
        return new Quote(s, e, d.text.substring(s, e), true, speaker, ss, se, who == null ? null : who.canonical(), cueWord);
    }

    private static String cueText(Doc d, Cue cue) {
        if (d.is(cue.cue(), "according")) {
            return "according to";
        }
        int c = cue.cue();
        String w = d.words[c];
        if (c + 1 < d.size() && Lexicon.isPhrasalCue(w, d.words[c + 1])) {
            return w + " " + d.words[c + 1];
        }
        return Lexicon.isCueAfterSubject(w) ? w : null;
    }

    /** Reported speech and the subject of a sentence outside quotes. */
    private static void narrative(Doc d, int s, List<QuoteScanner.Piece> pieces, Salience salience, List<Quote> out, int paragraph) {
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
            if (!Lexicon.isCue(d.words[c]) || insidePiece(pieces, d.starts[c])) {
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
            if (m == null || isObject(d, m, first)) {
                continue;
            }
            int clause = reportedClause(d, c, end);
            if (clause < 0) {
                break;
            }
            // "Messages said the conscript questioned whether …": the words are the inner speaker's.
            for (int c2 = clause + 1; c2 < end - 2 && c2 < clause + 12; c2++) {
                if (!Lexicon.isCue(d.words[c2]) || insidePiece(pieces, d.starts[c2])) {
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
            if (QuoteScanner.wordCount(d.text, cs, ce) < MIN_QUOTE_WORDS || startsQuote(d.text, cs)) {
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

    private static boolean startsQuote(String text, int at) {
        return at > 0 && "“‘\"".indexOf(text.charAt(at - 1)) >= 0 || "“‘\"".indexOf(text.charAt(at)) >= 0;
    }

    /** True when token {@code k} is an opening quote mark glued to a lower-case word, right after a word. */
    private static boolean fragmentOpensAt(Doc d, int k) {
        int at = d.starts[k];
        return "“‘\"".indexOf(d.text.charAt(at)) >= 0 && at + 1 < d.text.length() && Character.isLowerCase(d.text.charAt(at + 1))
                && k > 0 && d.isWord(k - 1) && d.ends[k - 1] < at;
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
}
