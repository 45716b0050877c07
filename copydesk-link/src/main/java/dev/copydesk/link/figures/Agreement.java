package dev.copydesk.link.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * When two stated values of one measure agree: equal within {@value #CLOSE} (relative), or one a rounded
 * form of the other and within {@value #ROUNDED}, where a rounded form is round to the thousands or coarser
 * ("300,000" and "298,500" or "310,000" agree, "4 million" and "4.15 million" too), or is marked as
 * approximate in the text ("about £1,100" and "£1,115"). Small unmarked counts are reported exactly, so
 * "14" and "15" disagree, and so do "100" and "104" or "30" and "31". The rounder value is the one with
 * fewer significant digits; the other is rounded, half up, at its last significant digit. Stateless and
 * thread-safe.
 */
final class Agreement {
    /** Relative difference under which two values are the same figure. */
    static final double CLOSE = 0.01;
    /** Relative difference a rounded figure may have from the precise one. */
    static final double ROUNDED = 0.05;
    /** A rounded form is round at least to the thousands: its {@link BigDecimal#scale()} is -3 or less. */
    private static final int COARSEST_EXACT_SCALE = -3;

    private Agreement() {
    }

    /** Whether {@code a} and {@code b}, neither marked as approximate, agree. */
    static boolean agree(double a, double b) {
        return agree(a, false, b, false);
    }

    /** Whether {@code a} and {@code b} agree; {@code approxA} and {@code approxB} say the text marks them so. */
    static boolean agree(double a, boolean approxA, double b, boolean approxB) {
        if (a == b) {
            return true;
        }
        if (!Double.isFinite(a) || !Double.isFinite(b)) {
            return false;
        }
        double rel = Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
        if (rel <= CLOSE) {
            return true;
        }
        return rel <= ROUNDED && (roundsTo(a, b, approxB) || roundsTo(b, a, approxA));
    }

    /**
     * Whether {@code precise}, rounded at the last significant digit of {@code round}, equals {@code round},
     * and {@code round} is round to the thousands or marked {@code approximate}.
     */
    static boolean roundsTo(double precise, double round, boolean approximate) {
        BigDecimal r = BigDecimal.valueOf(round).stripTrailingZeros();
        BigDecimal p = BigDecimal.valueOf(precise).stripTrailingZeros();
        if (r.scale() >= p.scale() || (r.scale() > COARSEST_EXACT_SCALE && !approximate)) {
            return false;
        }
        return p.setScale(r.scale(), RoundingMode.HALF_UP).compareTo(r) == 0;
    }
}
