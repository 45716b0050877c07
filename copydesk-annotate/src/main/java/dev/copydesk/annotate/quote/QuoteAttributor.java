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
    private static final int FOCUS_PARAGRAPHS = 3;
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
            if (Lexicon.isCue(d.words[v]) || d.cueAt(v)) {
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
            if (m == null || Subjects.isObject(d, m, first)) {
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
