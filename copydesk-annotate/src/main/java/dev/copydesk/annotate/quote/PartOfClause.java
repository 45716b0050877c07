package dev.copydesk.annotate.quote;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A reason why a quote is only part of a reported clause ("But, he said, “there was never …” and …"):
 * the marks quote some words of a sentence that reports speech, so the attributor reports the whole
 * clause as indirect speech instead. Rules are tried in the order of {@link #ORDER}, never for a piece
 * of a multi-paragraph quote nor for one that carries on an earlier piece of its paragraph. Stateless
 * and thread-safe.
 */
abstract class PartOfClause {
    /** Rule priority, highest first. */
    static final List<PartOfClause> ORDER = List.of(new ContinuesClause(), new OpensWithVerb(), new AfterThat());

    /** True when the piece of {@code site} is part of a reported clause; {@code own} is the piece's own cue. */
    abstract boolean matches(Site site, Cue own);

    private final String name = Rules.name(this);

    /** "Family.Rule", the name traces show. */
    final String name() {
        return name;
    }

    /** The first rule of {@link #ORDER} that holds for the piece, or null. */
    static PartOfClause first(Site site, Cue own) {
        if (QuoteScanner.isContinuation(site.pieces(), site.k()) || splitBefore(site)) {
            return null;
        }
        for (PartOfClause rule : ORDER) {
            if (rule.matches(site, own)) {
                return rule;
            }
        }
        return null;
    }

    /** "“A,” she said, “b …”": the piece carries on an earlier piece of its paragraph that ends in a comma. */
    static boolean splitBefore(Site site) {
        List<QuoteScanner.Piece> pieces = site.pieces();
        int k = site.k();
        if (k == 0 || pieces.get(k - 1).paragraph() != pieces.get(k).paragraph()) {
            return false;
        }
        Doc d = site.d();
        QuoteScanner.Piece prev = pieces.get(k - 1);
        String between = d.text.substring(prev.close(), pieces.get(k).open());
        boolean comma = prev.end() > prev.start() && d.text.charAt(prev.end() - 1) == ','
                || between.stripLeading().startsWith(",");
        return comma && between.replaceAll("(\\p{Lu}\\p{Ll}{0,2}\\.)+(?=[,\\s])", "").indexOf('.') < 0; // "in Ames, Ia., “…”"
    }

    /** Whether {@code p} is closed, not empty, and opens with a lower-case letter. */
    static boolean closedInLowerCase(Doc d, QuoteScanner.Piece p) {
        return p.closed() && p.end() > p.start() && Character.isLowerCase(d.text.charAt(p.start()));
    }

    /**
     * A closed piece that opens in lower case right after a comma and is not introduced by a speech verb
     * just before that comma: it carries on the clause before it ("the fault of banks, “not by a long
     * shot.”", "But, he said, “there was …” and …"). "telling her, “you are …”" and "“A,” he said, “and
     * B.”" stay quotes.
     */
    static final class ContinuesClause extends PartOfClause {
        @Override
        boolean matches(Site site, Cue own) {
            Doc d = site.d();
            QuoteScanner.Piece p = site.piece();
            if (!closedInLowerCase(d, p)) {
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
    }

    /**
     * A closed piece whose first word is a lower-case auxiliary or modal verb: "Nothing the mayor said
     * “will calm fears,”", "which he added “is regrettable.”" The marks quote the predicate of a clause
     * whose subject stands outside them.
     */
    static final class OpensWithVerb extends PartOfClause {
        @Override
        boolean matches(Site site, Cue own) {
            Doc d = site.d();
            QuoteScanner.Piece p = site.piece();
            if (!closedInLowerCase(d, p)) {
                return false;
            }
            int t = d.firstTokenAtOrAfter(p.start());
            return t < d.size() && d.starts[t] < p.end() && Lexicon.isAuxiliary(d.words[t]);
        }
    }

    /** "said in an email that, “Of course …”": marks after "that" quote the words of a reported clause. */
    static final class AfterThat extends PartOfClause {
        private static final Pattern AFTER_THAT = Pattern.compile("(?i)(?<![\\p{L}’'])that,?\\s*$");

        @Override
        boolean matches(Site site, Cue own) {
            QuoteScanner.Piece p = site.piece();
            return p.closed() && AFTER_THAT.matcher(site.d().text.substring(Math.max(0, p.open() - 12), p.open())).find();
        }
    }
}
