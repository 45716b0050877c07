package dev.copydesk.clean.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Shallow, language-light features of one unit of text, the kind boilerpipe and jusText classify on:
 * length in words, sentence shape, stop-word density, who the text addresses, and boilerplate cues.
 * Word-level features look at a bounded window at the start of the unit, so a unit of any size costs
 * time linear in its length and bounded memory. Immutable.
 *
 * @param chars       length in chars
 * @param words       whitespace-separated tokens holding a letter or digit (ideographs count half a word)
 * @param letters     letters in the window
 * @param digits      digits in the window
 * @param startsUpper the first letter or digit opens a sentence: upper case, uncased script, or a digit
 * @param startsLower the first letter is lower case (and not a camel-cased brand such as iPhone)
 * @param terminal    ends in sentence-final punctuation, closing quotes aside
 * @param endsColon   ends in a colon, as a line that introduces a quote does
 * @param stopDensity share of window tokens that are stop words
 * @param addressing  speaks to the reader (you, your, we, our)
 * @param firstPerson speaks as I, me, my
 * @param imperative  opens with a call-to-action verb
 * @param cueWeight   summed weight of distinct boilerplate cue phrases in the window
 * @param cue         the strongest cue category present, or {@code null}
 * @param chatty      chat markers: emoji, "lol", runs of ! or ?
 * @param quoted      holds quotation marks
 * @param endsOnStop  the last token is a stop word, as in text cut off mid-sentence
 * @param garbage     mostly control, private-use or replacement characters
 */
record Features(int chars, int words, int letters, int digits, boolean startsUpper, boolean startsLower,
                boolean terminal, boolean endsColon, double stopDensity, boolean addressing, boolean firstPerson,
                boolean imperative, int cueWeight, Lexicon.Cue cue, boolean chatty, boolean quoted,
                boolean endsOnStop, boolean garbage) {

    /** How many chars at the start of a unit the word-level features look at. */
    static final int WINDOW = 4000;

    /** Starts upper case and ends like a sentence. */
    boolean sentence() {
        return startsUpper && terminal;
    }

    static Features of(String text) {
        int n = text.length();
        int window = Math.min(n, WINDOW);
        int letters = 0;
        int digits = 0;
        int odd = 0;
        boolean quoted = false;
        boolean emoji = false;
        for (int i = 0; i < window; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letters++;
            } else if (Character.isDigit(cp)) {
                digits++;
            } else if (isOdd(cp)) {
                odd++;
            } else if (opensQuote(cp)) {
                quoted = true;
            } else if (cp >= 0x1F300 && cp <= 0x1FAFF || cp >= 0x2600 && cp <= 0x27BF) {
                emoji = true;
            }
        }
        List<String> tokens = tokens(text, WINDOW);
        int stops = 0;
        boolean addressing = false;
        boolean firstPerson = false;
        boolean chatty = emoji || text.contains("!!") || text.contains("?!") || text.contains("??");
        for (String t : tokens) {
            if (Lexicon.STOP_WORDS.contains(t)) {
                stops++;
            }
            addressing |= Lexicon.ADDRESS_WORDS.contains(t);
            firstPerson |= Lexicon.FIRST_PERSON.contains(t);
            chatty |= t.equals("lol") || t.equals("lmao") || t.equals("omg") || t.equals("imho") || t.equals("smh");
        }
        int[] cueWeight = new int[1];
        Lexicon.Cue cue = cues(tokens, cueWeight);
        if (hasAddress(text, window)) {
            // An e-mail or web address is how notices send the reader elsewhere.
            cueWeight[0]++;
            cue = cue == null ? Lexicon.Cue.CONTACT : cue;
        }
        boolean imperative = !tokens.isEmpty() && Lexicon.IMPERATIVES.contains(tokens.get(0));
        boolean endsOnStop = !tokens.isEmpty() && n <= WINDOW
                && Lexicon.STOP_WORDS.contains(tokens.get(tokens.size() - 1));
        int visible = letters + digits + odd;
        boolean garbage = visible > 0 && odd * 5 > visible;
        int words = countWords(text);
        // A short line that trails off in an ellipsis is a truncated teaser, not a finished sentence.
        boolean trailsOff = !quoted && words <= 20 && (text.endsWith("...") || text.endsWith("…"));
        return new Features(n, words, letters, digits, startsUpper(text), startsLower(text),
                !trailsOff && endsWith(text, ".!?…。！？।؟"), endsWith(text, ":"), tokens.isEmpty() ? 0 : (double) stops / tokens.size(),
                addressing, firstPerson, imperative, cueWeight[0], cue, chatty, quoted, endsOnStop, garbage);
    }

    /**
     * Lower-case letter-and-digit tokens of the first {@code maxChars} chars; apostrophes inside a word are
     * dropped ({@code don't} becomes {@code dont}), every other non-alphanumeric char separates tokens.
     */
    static List<String> tokens(String text, int maxChars) {
        int end = Math.min(text.length(), maxChars);
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < end; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                cur.appendCodePoint(Character.toLowerCase(cp));
            } else if ((cp == '\'' || cp == '’' || cp == 'ʼ') && !cur.isEmpty() && i < end
                    && Character.isLetter(text.codePointAt(i))) {
                continue;
            } else if (!cur.isEmpty()) {
                out.add(cur.toString());
                cur.setLength(0);
            }
        }
        if (!cur.isEmpty()) {
            out.add(cur.toString());
        }
        return out;
    }

    /** The tokens joined by single spaces. */
    static String normalise(String text, int maxChars) {
        return String.join(" ", tokens(text, maxChars));
    }

    private static Lexicon.Cue cues(List<String> tokens, int[] weightOut) {
        Set<String> seen = new HashSet<>();
        int[] perCue = new int[Lexicon.Cue.values().length];
        for (int i = 0; i < tokens.size(); i++) {
            String phrase = tokens.get(i);
            int longest = Lexicon.CUE_HEADS.contains(phrase) ? 4 : 1;
            for (int len = 1; len <= longest && i + len <= tokens.size(); len++) {
                if (len > 1) {
                    phrase = phrase + " " + tokens.get(i + len - 1);
                }
                Lexicon.Weighted w = Lexicon.CUES.get(phrase);
                if (w != null && seen.add(phrase)) {
                    weightOut[0] += w.weight();
                    perCue[w.cue().ordinal()] += w.weight();
                }
            }
        }
        Lexicon.Cue best = null;
        for (Lexicon.Cue c : Lexicon.Cue.values()) {
            if (perCue[c.ordinal()] > 0 && (best == null || perCue[c.ordinal()] > perCue[best.ordinal()])) {
                best = c;
            }
        }
        return best;
    }

    /** Whether the first {@code window} chars hold a web or e-mail address; linear, unlike a regex search. */
    static boolean hasAddress(String text, int window) {
        String head = text.length() <= window ? text : text.substring(0, window);
        if (head.contains("http://") || head.contains("https://") || head.contains("www.")) {
            return true;
        }
        for (int at = head.indexOf('@'), checked = 0; at > 0 && checked < 20; at = head.indexOf('@', at + 1), checked++) {
            if (!Character.isLetterOrDigit(head.charAt(at - 1))) {
                continue;
            }
            int i = at + 1;
            while (i < head.length() && (Character.isLetterOrDigit(head.charAt(i)) || head.charAt(i) == '-')) {
                i++;
            }
            if (i > at + 1 && i + 1 < head.length() && head.charAt(i) == '.' && Character.isLetter(head.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static int countWords(String text) {
        int words = 0;
        int ideographs = 0;
        boolean inToken = false;
        boolean tokenHasWordChar = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (inToken && tokenHasWordChar) {
                    words++;
                }
                inToken = false;
                tokenHasWordChar = false;
            } else {
                inToken = true;
                if (Character.isLetterOrDigit(c)) {
                    tokenHasWordChar = true;
                    if (Character.isIdeographic(c) || c >= 0x3040 && c <= 0x30FF || c >= 0xAC00 && c <= 0xD7AF) {
                        ideographs++;
                    }
                }
            }
        }
        if (inToken && tokenHasWordChar) {
            words++;
        }
        return Math.max(words, ideographs / 2);
    }

    private static boolean startsUpper(String text) {
        int cp = firstAlnum(text);
        return cp >= 0 && (Character.isDigit(cp) || !Character.isLowerCase(cp) && Character.isLetter(cp)
                || camelCased(text));
    }

    private static boolean startsLower(String text) {
        int cp = firstAlnum(text);
        return cp >= 0 && Character.isLowerCase(cp) && !camelCased(text);
    }

    /** iPhone, eBay: a lower-case letter followed by an upper-case one opens a proper name. */
    private static boolean camelCased(String text) {
        int i = firstAlnumIndex(text);
        return i >= 0 && i + 1 < text.length() && Character.isLowerCase(text.charAt(i))
                && Character.isUpperCase(text.charAt(i + 1));
    }

    private static int firstAlnum(String text) {
        int i = firstAlnumIndex(text);
        return i < 0 ? -1 : text.codePointAt(i);
    }

    private static int firstAlnumIndex(String text) {
        int limit = Math.min(text.length(), 16);
        for (int i = 0; i < limit; ) {
            int cp = text.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    private static boolean endsWith(String text, String marks) {
        for (int i = text.length() - 1, seen = 0; i >= 0 && seen < 6; i--, seen++) {
            char c = text.charAt(i);
            if (marks.indexOf(c) >= 0) {
                return true;
            }
            if (!isQuote(c) && c != ')' && c != ']' && c != '*' && !Character.isWhitespace(c) && c != '\u00a0') {
                return false;
            }
        }
        return false;
    }

    static boolean isQuote(int c) {
        return c == '"' || c == '\'' || c == '“' || c == '”' || c == '‘' || c == '’' || c == '«' || c == '»'
                || c == '„' || c == '‚' || c == '‹' || c == '›' || c == '「' || c == '」';
    }

    /** Quotation marks that are not also apostrophes. */
    private static boolean opensQuote(int c) {
        return c == '"' || c == '“' || c == '”' || c == '‘' || c == '«' || c == '»' || c == '„' || c == '「';
    }

    private static boolean isOdd(int cp) {
        int type = Character.getType(cp);
        return cp == 0xFFFD || type == Character.PRIVATE_USE || type == Character.SURROGATE
                || type == Character.UNASSIGNED || type == Character.CONTROL && cp != '\t';
    }
}
