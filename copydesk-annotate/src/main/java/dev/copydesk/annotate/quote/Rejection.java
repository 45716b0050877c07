package dev.copydesk.annotate.quote;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A reason why text between quote marks is not a quote: too short, a title, a headline, markup, or a
 * fragment inside a sentence (a partial quote or scare quote). Reasons are tried in the order of
 * {@link #ORDER}; the first that holds names the rejection. Stateless and thread-safe.
 */
abstract class Rejection {
    /** Rule priority, highest first. */
    static final List<Rejection> ORDER = List.of(new TooShort(), new NotAfterSpeechVerb(), new Markup(),
            new HeadlineByline(), new ExcerptAfterByline(), new TitleCase(), new Fragment());

    /** Fewer words than this make a quote only as a whole short utterance. */
    static final int MIN_QUOTE_WORDS = 3;
    private static final int MIN_UNCUED_WORDS = 4;

    /**
     * True when the piece of {@code site} is not a quote; {@code own} is the cue found for the piece
     * itself, {@code cue} the one it uses (its own or one shared from another piece).
     */
    abstract boolean rejects(Site site, Cue own, Cue cue);

    private final String name = Rules.name(this);

    /** "Family.Rule", the name traces show. */
    final String name() {
        return name;
    }

    /** The first rule of {@link #ORDER} that rejects the piece, or null when it is a quote. */
    static Rejection first(Site site, Cue own, Cue cue) {
        for (Rejection rule : ORDER) {
            if (rule.rejects(site, own, cue)) {
                return rule;
            }
        }
        return null;
    }

    /**
     * Fewer than three words over all pieces of the quote, unless a whole short utterance: it stands as
     * its own clause, ends in punctuation inside the marks and has a cue with a speaker right after it
     * ("“Never,” she said.") or after a colon before it ("He shouted: “Quiet!”"). "called it “absurd,”
     * he said" is not one.
     */
    static final class TooShort extends Rejection {
        @Override
        boolean rejects(Site site, Cue own, Cue cue) {
            return QuoteScanner.groupWords(site.d().text, site.pieces(), site.k()) < MIN_QUOTE_WORDS
                    && !shortUtterance(site.d(), site.piece(), own);
        }

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
    }

    /**
     * Marks run on from a word that is not a speech verb: the quote continues its sentence and is a
     * partial quote, a title or a phrase ("Trump threatened “a major lawsuit”", "founder of “Indian
     * Americans for Hillary”"). "She says “we worked hard”" and "writing “Feels great”" pass.
     */
    static final class NotAfterSpeechVerb extends Rejection {
        @Override
        boolean rejects(Site site, Cue own, Cue cue) {
            Doc d = site.d();
            int open = site.piece().open();
            int i = open - 1;
            while (i >= 0 && d.text.charAt(i) == ' ') {
                i--;
            }
            if (i < 0 || !Character.isLetterOrDigit(d.text.charAt(i))) {
                return false;
            }
            int t = d.firstTokenAtOrAfter(open) - 1;
            while (t >= 0 && d.starts[t] >= open) {
                t--;
            }
            return !(t >= 0 && Lexicon.isCueAfterSubject(d.words[t]));
        }
    }

    /** Markup caught between marks: tweet-date="…">text. */
    static final class Markup extends Rejection {
        @Override
        boolean rejects(Site site, Cue own, Cue cue) {
            char first = site.d().text.charAt(site.piece().start());
            return !Character.isLetterOrDigit(first) && "[(‘'“\"….-—".indexOf(first) < 0;
        }
    }

    /** "“Council delays the vote,” by Ann Lee:" is a headline, not a quote: "by" and a capitalised word follow the mark. */
    static final class HeadlineByline extends Rejection {
        @Override
        boolean rejects(Site site, Cue own, Cue cue) {
            QuoteScanner.Piece p = site.piece();
            if (!p.closed()) {
                return false;
            }
            Doc d = site.d();
            int t = d.firstTokenAtOrAfter(p.close());
            if (t < d.size() && d.words[t].equals(",")) {
                t++;
            }
            return t + 1 < d.size() && d.starts[t] - p.close() <= 2 && d.is(t, "by") && d.isCapitalised(t + 1);
        }
    }

    /** "“Council delays the vote,” by the Herald's Ann Lee: “…”" quotes the article, not a speaker. */
    static final class ExcerptAfterByline extends Rejection {
        /** A headline in marks and its byline, then a colon: what follows is an excerpt of that article. */
        private static final Pattern EXCERPT_AFTER_BYLINE = Pattern.compile("[”\"’],?\\s*by\\s+\\p{Lu}[^:“”\"\\n]{0,70}:\\s*$");

        @Override
        boolean rejects(Site site, Cue own, Cue cue) {
            int open = site.piece().open();
            return EXCERPT_AFTER_BYLINE.matcher(site.d().text.substring(Math.max(0, open - 100), open)).find();
        }
    }

    /** “The Secret Life of Cities” with no cue: a title of a work, a slogan or a name. */
    static final class TitleCase extends Rejection {
        @Override
        boolean rejects(Site site, Cue own, Cue cue) {
            QuoteScanner.Piece p = site.piece();
            return cue == null && p.closed() && isTitleCase(site.d().text, p.start(), p.end());
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
    }

    /**
     * A closed single-paragraph piece that is a fragment inside a sentence: a partial quote, title or
     * scare quote. A piece is whole when it is introduced (it opens its text or follows : , . ? ! or a
     * closing mark) or punctuated inside the marks, as its cue requires; without a cue it needs both
     * and four words.
     */
    static final class Fragment extends Rejection {
        @Override
        boolean rejects(Site site, Cue own, Cue cue) {
            Doc d = site.d();
            QuoteScanner.Piece p = site.piece();
            boolean multi = !p.closed() || (p.open() > 0 && QuoteScanner.isContinuation(site.pieces(), site.k()));
            if (multi) {
                return false;
            }
            int words = QuoteScanner.groupWords(d.text, site.pieces(), site.k());
            String content = d.text.substring(p.start(), p.end());
            char last = content.charAt(content.length() - 1);
            boolean punctuated = ".,!?…-—".indexOf(last) >= 0;
            String before = d.text.substring(Math.max(0, p.open() - 3), p.open()).strip();
            boolean introduced = before.isEmpty() || before.endsWith(":") || before.endsWith(",") || before.endsWith(".")
                    || before.endsWith("”") || before.endsWith("’") || before.endsWith("\"") || before.endsWith("?") || before.endsWith("!");
            if (own != null) {
                return !(own.before() ? introduced || punctuated : punctuated || words >= MIN_UNCUED_WORDS + 2);
            }
            if (!introduced) {
                return true;
            }
            return !(cue != null ? punctuated || words >= MIN_UNCUED_WORDS : words >= MIN_UNCUED_WORDS && punctuated);
        }
    }
}
