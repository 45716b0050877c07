package dev.copydesk.clean.text;

import dev.copydesk.clean.text.Page.Kind;
import dev.copydesk.clean.text.Page.Role;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Picks the headline: the first unit still in play, if it is shaped like a headline (short, opens in
 * upper case, no full stop) and shares enough content words with the body. A headline-shaped opening
 * line that shares almost none is the title of an embedded video or of another story, and is removed
 * as {@code video-title}. Stateless.
 */
final class TitleFinder {
    private static final int MAX_TITLE_WORDS = 25;
    private static final int MAX_TITLE_CHARS = 250;
    /** Share of the headline's content words the body must contain. */
    private static final double MIN_OVERLAP = 0.4;
    /** Distinct body stems collected for the comparison; enough for any article. */
    private static final int MAX_BODY_WORDS = 20_000;
    private static final int STEM = 4;
    /** Most units between a headline and the first body paragraph (bylines, dates, image credits). */
    private static final int MAX_GAP = 12;

    private TitleFinder() {
    }

    static void find(Page page) {
        int candidate = -1;
        for (int i = 0; i < page.size() && candidate < 0; i++) {
            if (page.open(i)) {
                candidate = i;
            } else if (page.role[i] != Role.REMOVED) {
                return;
            }
        }
        if (candidate < 0 || !(headlineShaped(page.features[candidate]) || titleCaseHeadline(page.features[candidate], page.text(candidate))
                || abovePlaceline(page, candidate)) || !bodyFollows(page, candidate)) {
            return;
        }
        Set<String> headline = stems(page.text(candidate));
        if (headline.isEmpty()) {
            return;
        }
        Set<String> body = new HashSet<>();
        for (int i = candidate + 1; i < page.size() && body.size() < MAX_BODY_WORDS; i++) {
            if (page.open(i) && (page.initial[i] == Kind.GOOD || page.initial[i] == Kind.NEAR_GOOD)) {
                body.addAll(stems(page.text(i)));
            }
        }
        if (body.isEmpty()) {
            return;
        }
        int shared = 0;
        for (String s : headline) {
            if (body.contains(s)) {
                shared++;
            }
        }
        if (shared >= MIN_OVERLAP * headline.size()) {
            page.role[candidate] = Role.TITLE;
            page.code[candidate] = "title";
            page.byRule[candidate] = true;
        } else {
            page.remove(candidate, "video-title", true);
        }
    }

    /** A headline stands a few lines above the body, not above a long menu. */
    private static boolean bodyFollows(Page page, int candidate) {
        for (int i = candidate + 1; i < page.size() && i <= candidate + MAX_GAP; i++) {
            if (page.open(i) && page.initial[i] == Kind.GOOD) {
                return true;
            }
        }
        return false;
    }

    /** Short, opens in upper case, and lacks final punctuation: a question stays with the body. */
    static boolean headlineShaped(Features f) {
        return f.startsUpper() && !f.terminal() && !f.endsColon() && f.words() >= 2 && f.words() <= MAX_TITLE_WORDS
                && f.chars() <= MAX_TITLE_CHARS;
    }

    /**
     * Some archives end headlines with a full stop ("Stealth Over Health: Clinton Was Headed to ER."): one
     * line in Title Case (at least three capitalised words of four letters or more, and no such word in
     * lower case) with a single full stop at its end is still a headline.
     */
    static boolean titleCaseHeadline(Features f, String text) {
        String t = stripClosingQuotes(text.strip());
        if (!f.startsUpper() || f.words() < 3 || f.words() > MAX_TITLE_WORDS || f.chars() > MAX_TITLE_CHARS
                || !t.endsWith(".") || t.endsWith("..") || t.indexOf('\n') >= 0) {
            return false;
        }
        String inner = t.substring(0, t.length() - 1);
        if (inner.contains(". ") || inner.contains("? ") || inner.contains("! ")) {
            return false;
        }
        int upper = 0;
        for (String w : inner.split("[\\s:;,—–-]+")) {
            String letters = w.replaceAll("[^\\p{L}]", "");
            if (letters.length() >= 4) {
                if (Character.isUpperCase(letters.codePointAt(0))) {
                    upper++;
                } else {
                    return false;
                }
            }
        }
        return upper >= 3;
    }

    /** Wire copy opens its first paragraph with a placeline: "WASHINGTON (AP) —", "FLINT, Mich., Oct. 4 (UPI) —". */
    private static final java.util.regex.Pattern PLACELINE = java.util.regex.Pattern.compile(
            "\\p{Lu}[\\p{Lu} .'-]{2,}(?:, [\\p{Lu}][\\p{L}.]*(?: [\\p{Lu}][\\p{L}.]*)*)*,?(?: [A-Z][a-z]{2,4}\\.? \\d{1,2},?)?"
            + "(?: \\([\\p{L} ]{2,30}\\))? ?(?:—|―|–|--|-) ");

    /**
     * A single short line ending in a full stop, right above a paragraph that opens with a wire placeline,
     * is the headline whatever its case ("Green Party candidate removed from debate site by police.").
     */
    private static boolean abovePlaceline(Page page, int candidate) {
        Features f = page.features[candidate];
        String t = page.text(candidate).strip();
        if (!f.startsUpper() || f.words() < 3 || f.words() > MAX_TITLE_WORDS || f.chars() > MAX_TITLE_CHARS
                || t.indexOf('\n') >= 0) {
            return false;
        }
        for (int i = candidate + 1; i < page.size() && i <= candidate + 2; i++) {
            if (page.open(i)) {
                return PLACELINE.matcher(page.text(i)).lookingAt();
            }
        }
        return false;
    }

    private static String stripClosingQuotes(String t) {
        int end = t.length();
        while (end > 0 && "’”'\"»".indexOf(t.charAt(end - 1)) >= 0) {
            end--;
        }
        return t.substring(0, end);
    }

    /**
     * Content-word stems: tokens of three letters or more that are not stop words and hold no digit
     * (amounts are written differently in headlines), cut to their first four letters, so that
     * inflections and derivations (warning, warns; Russia, Russian; technology, tech) meet.
     */
    static Set<String> stems(String text) {
        List<String> tokens = Features.tokens(text, Features.WINDOW);
        Set<String> out = new HashSet<>();
        for (String t : tokens) {
            if (t.length() >= 3 && !Lexicon.STOP_WORDS.contains(t) && t.chars().noneMatch(Character::isDigit)) {
                out.add(t.length() > STEM ? t.substring(0, STEM) : t);
            }
        }
        return out;
    }
}
