package dev.copydesk.link.lineage;

import java.util.Collections;
import java.util.List;

/**
 * Whether two quotes are one quote, and how: identical (same normalised words), trimmed (both at least
 * {@value #MIN_WORDS} words and one a contiguous run of the other's words) or altered (both at least
 * {@value #MIN_WORDS} words, and their longest common word subsequence covers at least {@value #ALTERED_MIN}
 * of the shorter and {@value #ALTERED_MAX} of the longer). Shorter quotes match only identically: "We will
 * win" is said by too many people. Stateless and thread-safe.
 */
final class QuoteMatch {
    /** Words a quote needs to match other than identically. */
    static final int MIN_WORDS = 4;
    static final double ALTERED_MIN = 0.7;
    static final double ALTERED_MAX = 0.5;

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
        if (Collections.indexOfSubList(longer, shorter) >= 0) {
            return QuoteVersion.TRIMMED;
        }
        int common = WordDiff.lcs(shorter, longer);
        if (common >= ALTERED_MIN * shorter.size() && common >= ALTERED_MAX * longer.size()) {
            return QuoteVersion.ALTERED;
        }
        return null;
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
