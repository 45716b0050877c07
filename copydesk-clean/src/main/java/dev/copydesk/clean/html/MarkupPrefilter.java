package dev.copydesk.clean.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.parser.Parser;

/**
 * Shrinks a page before it is parsed, without changing the text extraction sees or the shape of
 * the tree around it: cuts comments, {@code <script>} (except JSON-LD), {@code <style>} and
 * {@code <svg>} elements, the void elements that never carry text ({@code img}, {@code link},
 * {@code input}, {@code source}), and the attributes extraction never reads ({@code href},
 * {@code src}, {@code srcset}, {@code data-*}, event handlers and the like), whitespace beside
 * block tags, and {@code nav}, {@code aside} and {@code footer} elements that hold nothing later
 * steps read (cleaning would remove them anyway; they are reported as {@link Dropped}); and fixes a
 * stray {@code <![CDATA[}. Scripts, styles, attributes and page chrome are often five sixths of a
 * page and never content, so skipping them up front spares the parser most of its work. Tags are
 * read as a browser tokenises them (quoted values may hold {@code >}); a tag that cannot be read to
 * its end is copied as it is, and raw-text elements ({@code title}, {@code textarea}, {@code pre})
 * are copied untouched. A linear scan. Stateless and thread-safe.
 */
final class MarkupPrefilter {
    /** Elements whose contents are text to the parser, copied untouched up to their end tag. */
    private static final String[] RAW_TEXT = {"title", "textarea", "xmp", "iframe", "noembed", "noframes", "pre",
        "listing"};

    /** Block-level elements: whitespace beside their tags never reaches the text. */
    private static final String[] BLOCKS = {"p", "ul", "ol", "li", "dl", "dt", "dd", "tr", "td", "th", "h1", "h2",
        "h3", "h4", "h5", "h6", "hr", "br", "div", "nav", "main", "form", "body", "html", "head", "meta", "link",
        "table", "tbody", "thead", "tfoot", "aside", "title", "style", "header", "footer", "figure", "script",
        "select", "option", "center", "article", "details", "summary", "section", "address", "caption", "noscript",
        "fieldset", "blockquote", "figcaption", "pre", "listing"};
    /** Every element name the filter treats specially, by length, so a tag costs one lookup. */
    private static final String[][] KNOWN = known();
    private static final Set<String> BLOCK_SET = Set.of(BLOCKS);

    private static String[][] known() {
        Set<String> all = new TreeSet<>(List.of(BLOCKS));
        all.addAll(List.of(RAW_TEXT));
        all.addAll(List.of("script", "style", "svg", "nav", "aside", "footer", "img", "link", "input",
                "source", "plaintext"));
        String[][] byLength = new String[11][];
        for (int len = 0; len < byLength.length; len++) {
            final int l = len;
            byLength[len] = all.stream().filter(n -> n.length() == l).toArray(String[]::new);
        }
        return byLength;
    }

    /** The name of the tag at {@code start}, as one of the constants above, or {@code null} when the filter ignores it. */
    private static String knownName(String s, int start, int len) {
        if (len >= KNOWN.length) {
            return null;
        }
        char first = s.charAt(start);
        if (first >= 'A' && first <= 'Z') {
            first = (char) (first + ('a' - 'A'));
        }
        for (String name : KNOWN[len]) {
            if (name.charAt(0) == first && s.regionMatches(true, start, name, 0, len)) {
                return name;
            }
        }
        return null;
    }

    /** Text in a chrome element that says later steps read it: bylines, microdata, JSON-LD. */
    private static final String[] READ_MARKERS = {"uthor", "yline", "itemprop", "ld+json"};

    private MarkupPrefilter() {
    }

    /** An element dropped whole before parsing: its tag and the start of its text. */
    record Dropped(String tag, String excerpt) {
    }

    /** Dropped elements are described at most this many times; later ones get an empty excerpt. */
    private static final int MAX_EXCERPTS = 50;
    private static final int EXCERPT = 120;

    static String filter(String html) {
        return filter(html, new ArrayList<>());
    }

    /** Filters {@code html}, adding each {@code nav}, {@code aside} and {@code footer} dropped whole to {@code dropped}. */
    static String filter(String html, List<Dropped> dropped) {
        int n = html.length();
        StringBuilder out = new StringBuilder(n / 2 + 16);
        int copied = 0;
        // The whitespace between the last tag read and the next one, and whether that tag was a block.
        int gapStart = -1;
        boolean gapBlock = false;
        int i = html.indexOf('<');
        while (i >= 0 && i < n - 1) {
            char c = html.charAt(i + 1);
            if (c == '/' && i + 2 < n && isAsciiLetter(html.charAt(i + 2))) {
                int nameEnd = i + 3;
                while (nameEnd < n && !endsName(html.charAt(nameEnd))) {
                    nameEnd++;
                }
                int end = html.indexOf('>', nameEnd);
                if (end < 0) {
                    break;
                }
                String endName = knownName(html, i + 2, nameEnd - i - 2);
                boolean block = endName != null && BLOCK_SET.contains(endName);
                if (gapStart >= copied && (block || gapBlock) && isBlank(html, gapStart, i)) {
                    out.append(html, copied, gapStart);
                    copied = i;
                }
                gapStart = end + 1;
                gapBlock = block;
                i = html.indexOf('<', end + 1);
                continue;
            }
            if (c == '!') {
                if (html.startsWith("<!--", i)) {
                    int end = html.indexOf("-->", i + 4);
                    if (end < 0) {
                        break;
                    }
                    out.append(html, copied, i);
                    copied = end + 3;
                    gapStart = gapStart >= 0 && isBlank(html, gapStart, i) ? copied : -1;
                    i = html.indexOf('<', copied);
                } else if (html.startsWith("<![CDATA[", i)) {
                    // Browsers read this in HTML content as a comment ending at the next ">"; the parser
                    // would read everything up to "]]>" as text, often the rest of the page.
                    out.append(html, copied, i).append("<!-");
                    copied = i + 2;
                    gapStart = -1;
                    i = html.indexOf('<', i + 2);
                } else {
                    gapStart = -1;
                    i = html.indexOf('<', i + 2);
                }
                continue;
            }
            if (!isAsciiLetter(c)) {
                gapStart = -1;
                i = html.indexOf('<', i + 1);
                continue;
            }
            int nameEnd = i + 2;
            while (nameEnd < n && !endsName(html.charAt(nameEnd))) {
                nameEnd++;
            }
            int nameLength = nameEnd - i - 1;
            String name = knownName(html, i + 1, nameLength);
            boolean block = name != null && BLOCK_SET.contains(name);
            if (gapStart >= copied && (block || gapBlock) && isBlank(html, gapStart, i)) {
                // Whitespace beside a block boundary is never text: spare the parser a node for it.
                out.append(html, copied, gapStart);
                copied = i;
            }
            gapStart = -1;
            if (name == null) {
                int before = out.length();
                int end = rewriteTag(html, nameEnd, out, copied);
                if (end < 0) {
                    break;
                }
                if (out.length() != before) {
                    copied = end;
                }
                gapStart = end;
                gapBlock = false;
                i = html.indexOf('<', end);
                continue;
            }
            String skip = name.equals("script") || name.equals("style") || name.equals("svg") ? name : null;
            if (skip != null) {
                int openEnd = html.indexOf('>', nameEnd);
                if (openEnd < 0) {
                    break;
                }
                int close = indexOfIgnoreCase(html, "</" + skip, openEnd + 1);
                if (close < 0) {
                    break;
                }
                int closeEnd = html.indexOf('>', close);
                if (closeEnd < 0) {
                    break;
                }
                boolean keep = skip.equals("script") && indexOfIgnoreCase(html, "ld+json", i, openEnd) >= 0;
                if (!keep) {
                    out.append(html, copied, i);
                    copied = closeEnd + 1;
                }
                i = html.indexOf('<', closeEnd + 1);
                continue;
            }
            String chrome = name.equals("nav") || name.equals("aside") || name.equals("footer") ? name : null;
            if (chrome != null) {
                int end = chromeEnd(html, nameEnd, chrome);
                if (end > 0) {
                    dropped.add(new Dropped(chrome, dropped.size() < MAX_EXCERPTS ? excerpt(html, nameEnd, end) : ""));
                    out.append(html, copied, i);
                    copied = end;
                    i = html.indexOf('<', end);
                    continue;
                }
            }
            if (name.equals("img") || name.equals("link") || name.equals("input") || name.equals("source")) {
                int end = rewriteTag(html, nameEnd, null, copied);
                if (end < 0) {
                    break;
                }
                out.append(html, copied, i);
                copied = end;
                i = html.indexOf('<', end);
                continue;
            }
            String raw = isRawText(name) ? name : null;
            if (raw != null) {
                if (raw.equals("plaintext")) {
                    break;
                }
                int close = indexOfIgnoreCase(html, "</" + raw, nameEnd);
                if (close < 0) {
                    break;
                }
                i = html.indexOf('<', close + 1);
                continue;
            }
            int before = out.length();
            int end = rewriteTag(html, nameEnd, out, copied);
            if (end < 0) {
                break;
            }
            if (out.length() != before) {
                copied = end;
            }
            gapStart = end;
            gapBlock = block;
            i = html.indexOf('<', end);
        }
        if (copied == 0) {
            return html;
        }
        out.append(html, copied, n);
        return out.toString();
    }

    /**
     * Reads the start tag whose name ends at {@code from}. If it has attributes extraction never
     * reads, copies the pending text from {@code copied} and the tag without them to {@code out}
     * (unless {@code out} is {@code null}: then the tag is only read). Returns the index after the
     * tag, or -1 when the tag does not end.
     */
    private static int rewriteTag(String html, int from, StringBuilder out, int copied) {
        int n = html.length();
        int j = from;
        int mark = out == null ? 0 : out.length();
        boolean started = out == null;
        while (true) {
            while (j < n && (isSpace(html.charAt(j)) || html.charAt(j) == '/' && j + 1 < n && html.charAt(j + 1) != '>')) {
                j++;
            }
            if (j >= n || html.charAt(j) == '/' && j + 1 >= n) {
                truncate(out, mark);
                return -1;
            }
            char c = html.charAt(j);
            if (c == '>' || c == '/') {
                int end = c == '/' ? j + 2 : j + 1;
                if (started && out != null) {
                    out.append(html, j, end);
                }
                return end;
            }
            int nameStart = j;
            j++;
            while (j < n && !endsAttributeName(html.charAt(j))) {
                j++;
            }
            int nameEnd = j;
            int k = j;
            while (k < n && isSpace(html.charAt(k))) {
                k++;
            }
            if (k < n && html.charAt(k) == '=') {
                k++;
                while (k < n && isSpace(html.charAt(k))) {
                    k++;
                }
                if (k >= n) {
                    truncate(out, mark);
                    return -1;
                }
                char q = html.charAt(k);
                if (q == '"' || q == '\'') {
                    int close = html.indexOf(q, k + 1);
                    if (close < 0) {
                        truncate(out, mark);
                        return -1;
                    }
                    j = close + 1;
                } else {
                    while (k < n && !isSpace(html.charAt(k)) && html.charAt(k) != '>') {
                        k++;
                    }
                    j = k;
                }
            }
            if (out == null) {
                continue;
            }
            boolean keep = keep(html, nameStart, nameEnd);
            if (!keep && !started) {
                // Everything before the first dropped attribute is copied as it is.
                out.append(html, copied, nameStart);
                started = true;
            } else if (keep && started) {
                out.append(' ').append(html, nameStart, j);
            }
        }
    }

    /**
     * The end of a {@code nav}, {@code aside} or {@code footer} element opened just before {@code from}, if it can be
     * dropped whole: cleaning removes these unless they hold most of the page's prose, and none
     * without paragraphs, articles or headlines ever does. Returns -1 when the element holds
     * something later steps read (paragraphs, article or main markup, an {@code h1}, a time,
     * microdata, JSON-LD, an author or byline) or its end tag cannot be matched.
     */
    private static int chromeEnd(String html, int from, String tag) {
        int depth = 1;
        int len = tag.length();
        int i = html.indexOf('<', from);
        while (i >= 0) {
            int nameStart = i + 1;
            boolean close = nameStart < html.length() && html.charAt(nameStart) == '/';
            if (close) {
                nameStart++;
            }
            int nameEnd = nameStart;
            while (nameEnd < html.length() && !endsName(html.charAt(nameEnd))) {
                nameEnd++;
            }
            int n = nameEnd - nameStart;
            if (n == len && html.regionMatches(true, nameStart, tag, 0, len)) {
                depth += close ? -1 : 1;
                if (depth == 0) {
                    int end = html.indexOf('>', nameEnd);
                    if (end < 0 || readByLaterSteps(html, from, i)) {
                        return -1;
                    }
                    return end + 1;
                }
            } else if (!close && (n == 1 && html.regionMatches(true, nameStart, "p", 0, 1)
                    || n == 2 && html.regionMatches(true, nameStart, "h1", 0, 2)
                    || n == 4 && (html.regionMatches(true, nameStart, "main", 0, 4)
                            || html.regionMatches(true, nameStart, "time", 0, 4))
                    || n == 7 && html.regionMatches(true, nameStart, "article", 0, 7))) {
                return -1;
            }
            i = html.indexOf('<', nameEnd);
        }
        return -1;
    }

    /** The start of the text between {@code from} and {@code to}, tags left out and whitespace collapsed. */
    private static String excerpt(String html, int from, int to) {
        StringBuilder sb = new StringBuilder();
        int i = html.indexOf('>', from);
        while (i >= 0 && i < to && sb.length() < EXCERPT) {
            int lt = html.indexOf('<', i + 1);
            int end = lt < 0 || lt > to ? to : lt;
            for (int k = i + 1; k < end && sb.length() < EXCERPT; k++) {
                char c = html.charAt(k);
                if (c > ' ') {
                    sb.append(c);
                } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
                    sb.append(' ');
                }
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
                sb.append(' ');
            }
            i = lt < 0 ? -1 : html.indexOf('>', lt);
        }
        return Parser.unescapeEntities(sb.toString().strip(), false);
    }

    private static boolean readByLaterSteps(String html, int from, int to) {
        for (String needle : READ_MARKERS) {
            if (html.indexOf(needle, from, to) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static void truncate(StringBuilder out, int length) {
        if (out != null) {
            out.setLength(length);
        }
    }

    /** Attributes extraction reads: roles, visibility, microdata and the metadata {@code <meta>} carries. */
    private static boolean keep(String s, int start, int end) {
        int len = end - start;
        return switch (len) {
            case 2 -> s.regionMatches(true, start, "id", 0, 2);
            case 3 -> s.regionMatches(true, start, "rel", 0, 3);
            case 4 -> s.regionMatches(true, start, "role", 0, 4) || s.regionMatches(true, start, "lang", 0, 4)
                    || s.regionMatches(true, start, "type", 0, 4) || s.regionMatches(true, start, "name", 0, 4);
            case 5 -> s.regionMatches(true, start, "class", 0, 5) || s.regionMatches(true, start, "style", 0, 5);
            case 6 -> s.regionMatches(true, start, "hidden", 0, 6);
            case 7 -> s.regionMatches(true, start, "content", 0, 7) || s.regionMatches(true, start, "pubdate", 0, 7);
            case 8 -> s.regionMatches(true, start, "itemprop", 0, 8) || s.regionMatches(true, start, "itemtype", 0, 8)
                    || s.regionMatches(true, start, "datetime", 0, 8) || s.regionMatches(true, start, "property", 0, 8);
            case 9 -> s.regionMatches(true, start, "itemscope", 0, 9);
            case 10 -> s.regionMatches(true, start, "http-equiv", 0, 10);
            case 11 -> s.regionMatches(true, start, "aria-hidden", 0, 11);
            default -> false;
        };
    }

    private static boolean isRawText(String name) {
        for (String t : RAW_TEXT) {
            if (t.equals(name)) {
                return true;
            }
        }
        return name.equals("plaintext");
    }

    private static boolean isBlank(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.charAt(k) > ' ') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    }

    private static boolean endsName(char c) {
        return isSpace(c) || c == '/' || c == '>';
    }

    private static boolean endsAttributeName(char c) {
        return isSpace(c) || c == '/' || c == '>' || c == '=';
    }

    private static int indexOfIgnoreCase(String s, String needle, int from) {
        return indexOfIgnoreCase(s, needle, from, s.length());
    }

    /** Finds {@code needle}, which starts with {@code <}, from {@code from}; the search for {@code <} is the fast one. */
    private static int indexOfIgnoreCase(String s, String needle, int from, int to) {
        int last = Math.min(to, s.length()) - needle.length();
        char first = needle.charAt(0);
        if (first == '<') {
            for (int i = s.indexOf('<', from); i >= 0 && i <= last; i = s.indexOf('<', i + 1)) {
                if (s.regionMatches(true, i, needle, 0, needle.length())) {
                    return i;
                }
            }
            return -1;
        }
        for (int i = from; i <= last; i++) {
            if (s.charAt(i) == first && s.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }
}
