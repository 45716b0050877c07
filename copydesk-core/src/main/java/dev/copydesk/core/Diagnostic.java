package dev.copydesk.core;

import java.util.Objects;

/**
 * One thing a stage wants the user to know about an article: what it removed and why, or what failed.
 *
 * @param stage  the stage that recorded it, e.g. {@code "text-cleaner"}
 * @param kind   removal, warning or error
 * @param code   a short stable machine-readable reason, e.g. {@code "consent-notice"}
 * @param detail a human-readable detail, typically an excerpt of removed text (capped at 200 chars)
 */
public record Diagnostic(String stage, Kind kind, String code, String detail) {

    /** Maximum length kept of {@link #detail()}. */
    public static final int MAX_DETAIL = 200;

    /** What a diagnostic is about. */
    public enum Kind {
        /** Text the stage removed from the body (and why). */
        REMOVED,
        /** Something odd that did not stop the stage. */
        WARNING,
        /** Something that failed; the article may be incomplete. */
        ERROR
    }

    public Diagnostic {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        detail = detail == null ? "" : abbreviate(detail);
    }

    private static String abbreviate(String s) {
        // Only the kept prefix is flattened, so a huge removed block costs no more than a short one.
        String head = s.length() > MAX_DETAIL * 4 ? s.substring(0, pairSafe(s, MAX_DETAIL * 4)) : s;
        String flat = collapseWhitespace(head).strip();
        boolean cut = head.length() < s.length();
        if (flat.length() < MAX_DETAIL && !cut) {
            return flat;
        }
        return flat.substring(0, pairSafe(flat, Math.min(flat.length(), MAX_DETAIL - 1))) + "…";
    }

    /** {@code end}, or one less when it would cut a surrogate pair in two. */
    private static int pairSafe(String s, int end) {
        return end > 0 && end < s.length() && Character.isHighSurrogate(s.charAt(end - 1))
                && Character.isLowSurrogate(s.charAt(end)) ? end - 1 : end;
    }

    /** {@code s} with each run of ASCII whitespace ({@code \\s} in a regular expression) made one space. */
    private static String collapseWhitespace(String s) {
        int n = s.length();
        int k = 0;
        while (k < n) {
            char c = s.charAt(k);
            if (isRegexSpace(c) && (c != ' ' || k + 1 < n && isRegexSpace(s.charAt(k + 1)))) {
                break;
            }
            k++;
        }
        if (k == n) {
            return s;
        }
        StringBuilder sb = new StringBuilder(n).append(s, 0, k);
        while (k < n) {
            char c = s.charAt(k);
            if (isRegexSpace(c)) {
                sb.append(' ');
                while (k < n && isRegexSpace(s.charAt(k))) {
                    k++;
                }
            } else {
                sb.append(c);
                k++;
            }
        }
        return sb.toString();
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\013' || c == '\f' || c == '\r';
    }

    public static Diagnostic removed(String stage, String code, String detail) {
        return new Diagnostic(stage, Kind.REMOVED, code, detail);
    }

    public static Diagnostic warning(String stage, String code, String detail) {
        return new Diagnostic(stage, Kind.WARNING, code, detail);
    }

    public static Diagnostic error(String stage, String code, String detail) {
        return new Diagnostic(stage, Kind.ERROR, code, detail);
    }
}
