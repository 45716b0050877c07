package dev.copydesk.clean.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Turns content roots into paragraph {@link Block}s: every block-level element and {@code <br>} ends
 * a paragraph, table cells of one row share a paragraph, and whitespace is collapsed except inside
 * {@code <pre>}. Nested containers that are mostly links (related-story lists, tag clouds, share
 * bars that escaped cleaning) are skipped whole. One iterative pass. Not thread-safe; one per
 * extraction.
 */
final class BlockWriter {
    private static final Set<String> LIST_LIKE = Set.of("ul", "ol", "dl", "table", "menu", "nav");
    private static final Set<String> CONTAINERS = Set.of("div", "section", "ul", "ol", "dl", "table", "form",
            "article", "header", "aside", "details", "fieldset", "center", "figure", "main");

    private static final Pattern BLANK_LINES = Pattern.compile("\n{3,}");
    private static final Pattern SPACES = Pattern.compile(" {2,}");

    private final TextStats stats;
    private final Removals removals;
    private final boolean lenient;
    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder buf = new StringBuilder();
    private int bufChars;
    private int bufLinkChars;
    private int linkDepth;
    private int preDepth;
    private Block.Kind kind = Block.Kind.PARAGRAPH;

    /**
     * @param lenient keep link-heavy containers, for pages whose content is itself mostly links
     */
    BlockWriter(TextStats stats, Removals removals, boolean lenient) {
        this.stats = stats;
        this.removals = removals;
        this.lenient = lenient;
    }

    List<Block> write(List<Element> roots) {
        for (Element root : roots) {
            writeRoot(root);
        }
        flush();
        return blocks;
    }

    private void writeRoot(Element root) {
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    append(t.getWholeText());
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element el)) {
                    return FilterResult.CONTINUE;
                }
                String tag = el.normalName();
                if (tag.equals("br")) {
                    flush();
                    return FilterResult.CONTINUE;
                }
                if (TextStats.isInline(el)) {
                    if (tag.equals("a")) {
                        linkDepth++;
                    }
                    return FilterResult.CONTINUE;
                }
                if (tag.equals("td") || tag.equals("th")) {
                    buf.append(' ');
                    return FilterResult.CONTINUE;
                }
                if (el != root && CONTAINERS.contains(tag) && linkHeavy(el, tag)) {
                    removals.record("link-list", el);
                    return FilterResult.SKIP_ENTIRELY;
                }
                flush();
                kind = kindOf(tag);
                if (tag.equals("pre")) {
                    preDepth++;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (!(node instanceof Element el)) {
                    return FilterResult.CONTINUE;
                }
                String tag = el.normalName();
                if (TextStats.isInline(el)) {
                    if (tag.equals("a")) {
                        linkDepth--;
                    }
                    return FilterResult.CONTINUE;
                }
                if (tag.equals("td") || tag.equals("th")) {
                    buf.append(' ');
                    return FilterResult.CONTINUE;
                }
                flush();
                // Text after a heading (a price under a product name) is not part of the heading.
                kind = Block.Kind.OTHER;
                if (tag.equals("pre")) {
                    preDepth--;
                }
                return FilterResult.CONTINUE;
            }
        }, root);
    }

    private boolean linkHeavy(Element el, String tag) {
        TextStats.Counts c = stats.of(el);
        if (c.chars == 0 || lenient) {
            return false;
        }
        double ld = c.linkDensity();
        if (ld > 0.5) {
            return true;
        }
        return c.commas < 10 && ld > 0.25 && (LIST_LIKE.contains(tag) || c.chars < 500)
                && ClassTokens.weight(c.role) < 25;
    }

    private static Block.Kind kindOf(String tag) {
        return switch (tag) {
            case "p" -> Block.Kind.PARAGRAPH;
            case "h1", "h2", "h3", "h4", "h5", "h6" -> Block.Kind.HEADING;
            case "li", "dd", "dt" -> Block.Kind.LIST_ITEM;
            case "tr" -> Block.Kind.TABLE_ROW;
            case "pre" -> Block.Kind.PRE;
            case "blockquote" -> Block.Kind.QUOTE;
            default -> Block.Kind.OTHER;
        };
    }

    private void append(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean space = (c <= ' ' || c >= 0x80) && (TextStats.isSpace(c) || c == '\u200B');
            if (preDepth > 0 && (c == '\n' || c == '\r')) {
                if (c == '\n') {
                    trimTrailingSpace();
                    buf.append('\n');
                }
            } else if (space) {
                if (buf.length() > 0 && buf.charAt(buf.length() - 1) != ' ' && buf.charAt(buf.length() - 1) != '\n') {
                    buf.append(' ');
                }
            } else {
                buf.append(c);
                bufChars++;
                if (linkDepth > 0) {
                    bufLinkChars++;
                }
            }
        }
    }

    private void trimTrailingSpace() {
        int len = buf.length();
        while (len > 0 && buf.charAt(len - 1) == ' ') {
            len--;
        }
        buf.setLength(len);
    }

    private void flush() {
        if (bufChars > 0) {
            String text = buf.toString().strip();
            if (preDepth > 0) {
                if (text.contains("\n\n\n")) {
                    text = BLANK_LINES.matcher(text).replaceAll("\n\n");
                }
            } else if (text.contains("  ")) {
                text = SPACES.matcher(text).replaceAll(" ");
            }
            blocks.add(new Block(text, bufChars, bufLinkChars, preDepth > 0 ? Block.Kind.PRE : kind));
        }
        buf.setLength(0);
        bufChars = 0;
        bufLinkChars = 0;
    }
}
