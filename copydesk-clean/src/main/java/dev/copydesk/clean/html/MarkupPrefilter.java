package dev.copydesk.clean.html;

/**
 * Cuts comments and the contents of {@code <script>} (except JSON-LD), {@code <style>} and
 * {@code <svg>} elements, and fixes a stray {@code <![CDATA[}, before the page is parsed. Script and style text is
 * often more than half of a page and never content, so skipping it up front spares the parser the
 * work. A linear scan; tags are kept, so the parsed tree has the same shape. Stateless and
 * thread-safe.
 */
final class MarkupPrefilter {
    private MarkupPrefilter() {
    }

    static String filter(String html) {
        StringBuilder out = null;
        int copied = 0;
        int i = html.indexOf('<');
        int n = html.length();
        while (i >= 0 && i < n - 1) {
            char c = html.charAt(i + 1);
            String tag = null;
            if (c == 's' || c == 'S') {
                if (startsTag(html, i, "script")) {
                    tag = "script";
                } else if (startsTag(html, i, "style")) {
                    tag = "style";
                } else if (startsTag(html, i, "svg")) {
                    tag = "svg";
                }
            } else if (c == '!' && html.startsWith("<!--", i)) {
                int end = html.indexOf("-->", i + 4);
                if (end < 0) {
                    break;
                }
                if (out == null) {
                    out = new StringBuilder(html.length() / 2);
                }
                out.append(html, copied, i);
                copied = end + 3;
                i = html.indexOf('<', end + 3);
                continue;
            } else if (c == '!' && html.startsWith("<![CDATA[", i)) {
                // Browsers read this in HTML content as a comment ending at the next ">"; the parser
                // would read everything up to "]]>" as text, often the rest of the page.
                if (out == null) {
                    out = new StringBuilder(html.length());
                }
                out.append(html, copied, i).append("<!-");
                copied = i + 2;
                i = html.indexOf('<', i + 2);
                continue;
            }
            if (tag == null) {
                i = html.indexOf('<', i + 1);
                continue;
            }
            int openEnd = html.indexOf('>', i);
            if (openEnd < 0) {
                break;
            }
            int close = indexOfIgnoreCase(html, "</" + tag, openEnd + 1);
            if (close < 0) {
                break;
            }
            boolean keep = tag.equals("script") && indexOfIgnoreCase(html.substring(i, openEnd), "ld+json", 0) >= 0;
            if (!keep && close > openEnd + 1) {
                if (out == null) {
                    out = new StringBuilder(html.length() / 2);
                }
                out.append(html, copied, openEnd + 1);
                copied = close;
            }
            i = html.indexOf('<', close + 1);
        }
        if (out == null) {
            return html;
        }
        out.append(html, copied, n);
        return out.toString();
    }

    private static boolean startsTag(String s, int lt, String name) {
        int end = lt + 1 + name.length();
        if (end >= s.length() || !s.regionMatches(true, lt + 1, name, 0, name.length())) {
            return false;
        }
        char next = s.charAt(end);
        return next == '>' || next == '/' || Character.isWhitespace(next);
    }

    private static int indexOfIgnoreCase(String s, String needle, int from) {
        int n = s.length() - needle.length();
        char first = needle.charAt(0);
        for (int i = from; i <= n; i++) {
            if (s.charAt(i) == first && s.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }
}
