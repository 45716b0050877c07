package dev.copydesk.clean.text;

import dev.copydesk.clean.text.Page.Kind;
import java.util.Set;

/**
 * jusText's context-sensitive pass. Units a rule has claimed count as bad; good units stay good. A
 * short unit between good ones is good, between bad ones bad, and between a good and a bad one good
 * only if a near-good unit stands on the bad side. A near-good unit is bad only if bad units stand on
 * both sides; the title counts as good for that, so that a standfirst that drops its full stop stays.
 * The start and end of the page count as bad, except when nothing on the page is good, when near-good
 * units (short sentences) are all there is. A short unit dropped here takes the reason
 * of the widget it sits among ("Previous" between player controls is player chrome). Stateless; linear.
 */
final class ContextSmoother {
    /** Reasons a unit dropped by context may inherit from a neighbour. */
    private static final Set<String> INHERITED = Set.of("player-chrome", "gallery-marker", "share-prompt", "teaser",
            "comment-chrome", "navigation", "advertisement", "source-footer", "metadata", "consent-notice",
            "sign-up-prompt", "highlights");

    private ContextSmoother() {
    }

    static void smooth(Page page) {
        int n = page.size();
        Kind[] cls = new Kind[n];
        boolean anyGood = false;
        for (int i = 0; i < n; i++) {
            cls[i] = page.open(i) ? page.initial[i] : Kind.BAD;
            anyGood |= cls[i] == Kind.GOOD;
        }
        reviseShort(cls);
        for (int i = 0; i < n; i++) {
            if (page.role[i] == Page.Role.TITLE) {
                cls[i] = Kind.GOOD;
            }
        }
        reviseNearGood(cls, anyGood ? Kind.BAD : Kind.GOOD);
        for (int i = 0; i < n; i++) {
            if (page.open(i)) {
                page.kind[i] = cls[i];
            }
        }
        label(page, cls);
    }

    private static void reviseShort(Kind[] cls) {
        int n = cls.length;
        Kind[] prevFar = new Kind[n];
        Kind[] prevNear = new Kind[n];
        Kind far = Kind.BAD;
        Kind near = Kind.BAD;
        for (int i = 0; i < n; i++) {
            prevFar[i] = far;
            prevNear[i] = near;
            if (cls[i] != Kind.SHORT) {
                near = cls[i];
                if (cls[i] != Kind.NEAR_GOOD) {
                    far = cls[i];
                }
            }
        }
        Kind[] revised = cls.clone();
        far = Kind.BAD;
        near = Kind.BAD;
        for (int i = n - 1; i >= 0; i--) {
            if (cls[i] == Kind.SHORT) {
                revised[i] = reviseShort(prevFar[i], far, prevNear[i], near);
            } else {
                near = cls[i];
                if (cls[i] != Kind.NEAR_GOOD) {
                    far = cls[i];
                }
            }
        }
        System.arraycopy(revised, 0, cls, 0, n);
    }

    private static Kind reviseShort(Kind prev, Kind next, Kind prevNear, Kind nextNear) {
        if (prev == Kind.GOOD && next == Kind.GOOD) {
            return Kind.GOOD;
        }
        if (prev == Kind.BAD && next == Kind.BAD) {
            return Kind.BAD;
        }
        boolean nearGoodOnBadSide = prev == Kind.BAD && prevNear == Kind.NEAR_GOOD
                || next == Kind.BAD && nextNear == Kind.NEAR_GOOD;
        return nearGoodOnBadSide ? Kind.GOOD : Kind.BAD;
    }

    private static void reviseNearGood(Kind[] cls, Kind boundary) {
        int n = cls.length;
        Kind[] next = new Kind[n];
        Kind after = boundary;
        for (int i = n - 1; i >= 0; i--) {
            next[i] = after;
            if (cls[i] != Kind.NEAR_GOOD) {
                after = cls[i];
            }
        }
        for (int i = 0; i < n; i++) {
            if (cls[i] == Kind.NEAR_GOOD) {
                Kind prev = i == 0 ? boundary : cls[i - 1];
                cls[i] = prev == Kind.BAD && next[i] == Kind.BAD ? Kind.BAD : Kind.GOOD;
            }
        }
    }

    /** Drops the units smoothed to bad, each with the reason of the widget run it belongs to. */
    private static void label(Page page, Kind[] cls) {
        int n = page.size();
        String[] why = new String[n];
        for (int i = 0; i < n; i++) {
            if (page.open(i) && cls[i] == Kind.BAD) {
                why[i] = i > 0 ? inheritable(page, why, i - 1) : null;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            if (page.open(i) && cls[i] == Kind.BAD) {
                if (why[i] == null && i + 1 < n) {
                    why[i] = inheritable(page, why, i + 1);
                }
                page.remove(i, why[i] != null ? why[i] : "low-content", false);
            }
        }
    }

    private static String inheritable(Page page, String[] why, int j) {
        String c = why[j] != null ? why[j] : page.role[j] == Page.Role.REMOVED ? page.code[j] : null;
        return c != null && INHERITED.contains(c) ? c : null;
    }
}
