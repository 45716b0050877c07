package dev.copydesk.link.lineage;

import dev.copydesk.annotate.WordList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether two quotes are one quote, and how: identical (same normalised words), trimmed (both at least
 * {@value #MIN_WORDS} words and one a contiguous run of the other's words) or altered (both at least
 * {@value #MIN_WORDS} words, and their longest common word subsequence covers at least {@value #ALTERED_MIN}
 * of the shorter and {@value #ALTERED_MAX} of the longer). A shortened quote with words changed is altered
 * too, when the shorter has at least {@value #CUT_MIN_WORDS} words, the common words cover at least
 * {@value #CUT_MIN} of it and lie within a stretch of the longer at most {@value #CUT_SPREAD} times the
 * shorter's length ("Every family in the lower town has lost everything" within a longer statement).
 * Either way an altered quote keeps at least {@value #CONTENT_MIN} of the shorter's words other than
 * the function words of {@code function-words.txt}, in order, so that two sentences built alike about
 * different things ("the harvest was the best we have seen", "the flood was the worst we have seen") stay
 * apart. Shorter quotes match only identically: "We will win" is said by too many people. Stateless and
 * thread-safe.
 */
final class QuoteMatch {
    /** Words a quote needs to match other than identically. */
    static final int MIN_WORDS = 4;
    static final double ALTERED_MIN = 0.7;
    static final double ALTERED_MAX = 0.5;
    static final int CUT_MIN_WORDS = 6;
    static final double CUT_MIN = 0.8;
    static final double CUT_SPREAD = 1.5;
    static final double CONTENT_MIN = 0.6;
    private static final Set<String> FUNCTION_WORDS = WordList.load(QuoteMatch.class, "function-words.txt");

    private QuoteMatch() {
    }

    /** The kind of match ({@link QuoteVersion#IDENTICAL}, TRIMMED, ALTERED), or null when they differ. */
    static String kind(QuoteWords a, QuoteWords b) {
        List<String> x = a.normalised();
        List<String> y = b.normalised();
        if (x.equals(y)) {
            return QuoteVersion.IDENTICAL;
        }
        List<String> shorter = x.size() <= y.size() ? x : y;
        List<String> longer = x.size() <= y.size() ? y : x;
        if (shorter.size() < MIN_WORDS) {
            return null;
        }
        if (a.sharedAtMost(b) < ALTERED_MIN * shorter.size()) {
            return null;
        }
        if (Collections.indexOfSubList(longer, shorter) >= 0) {
            return QuoteVersion.TRIMMED;
        }
        int common = WordDiff.lcs(shorter, longer);
        boolean close = common >= ALTERED_MIN * shorter.size() && common >= ALTERED_MAX * longer.size();
        boolean cut = !close && shorter.size() >= CUT_MIN_WORDS && common >= CUT_MIN * shorter.size()
                && withinStretch(shorter, longer);
        return (close || cut) && keepsContent(shorter, longer) ? QuoteVersion.ALTERED : null;
    }

    /**
     * Whether some stretch of {@code longer}, at most {@value #CUT_SPREAD} times as long as {@code shorter}
     * and starting at one of its words, shares {@value #CUT_MIN} of the shorter's words in order.
     */
    private static boolean withinStretch(List<String> shorter, List<String> longer) {
        int width = (int) Math.ceil(CUT_SPREAD * shorter.size());
        Set<String> words = new HashSet<>(shorter);
        for (int start = 0; start < longer.size(); start++) {
            if (!words.contains(longer.get(start))) {
                continue;
            }
            List<String> stretch = longer.subList(start, Math.min(longer.size(), start + width));
            if (WordDiff.lcs(shorter, stretch) >= CUT_MIN * shorter.size()) {
                return true;
            }
            if (start + width >= longer.size()) {
                break;
            }
        }
        return false;
    }

    /** Whether the longer keeps {@value #CONTENT_MIN} of the shorter's content words, in order. */
    private static boolean keepsContent(List<String> shorter, List<String> longer) {
        List<String> a = content(shorter);
        if (a.isEmpty()) {
            return true;
        }
        return WordDiff.lcs(a, content(longer)) >= CONTENT_MIN * a.size();
    }

    private static List<String> content(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            if (!FUNCTION_WORDS.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** Rank of a kind, best first: identical 0, trimmed 1, altered 2. */
    static int rank(String kind) {
        return switch (kind) {
            case QuoteVersion.IDENTICAL -> 0;
            case QuoteVersion.TRIMMED -> 1;
            default -> 2;
        };
    }
}
