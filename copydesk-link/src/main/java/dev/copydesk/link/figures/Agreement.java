package dev.copydesk.link.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * When two stated values of one measure agree: equal within {@value #CLOSE} (relative), or one a rounded
 * form of the other and within {@value #ROUNDED} ("about 300,000" and "298,500" or "300,000" agree; "14"
 * and "15" do not, nor do "10" and "14": 14 rounds to 10, but 40% apart is no rounding). The rounder value
 * is the one with fewer significant digits; the other is rounded, half up, at its last significant digit.
 * Stateless and thread-safe.
 */
final class Agreement {
    /** Relative difference under which two values are the same figure. */
    static final double CLOSE = 0.01;
    /** Relative difference a rounded figure may have from the precise one. */
    static final double ROUNDED = 0.05;

    private Agreement() {
    }

    static boolean agree(double a, double b) {
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
        return rel <= ROUNDED && (roundsTo(a, b) || roundsTo(b, a));
    }

    /** Whether {@code precise}, rounded at the last significant digit of {@code round}, equals {@code round}. */
    static boolean roundsTo(double precise, double round) {
        BigDecimal r = BigDecimal.valueOf(round).stripTrailingZeros();
        BigDecimal p = BigDecimal.valueOf(precise).stripTrailingZeros();
        if (r.scale() >= p.scale()) {
            return false;
        }
        return p.setScale(r.scale(), RoundingMode.HALF_UP).compareTo(r) == 0;
    }
}
