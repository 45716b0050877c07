package dev.copydesk.clean.html;

import dev.copydesk.core.Diagnostic;
import dev.copydesk.core.Diagnostics;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeFilter.FilterResult;
import org.jsoup.select.NodeTraversor;

/**
 * Records what extraction cut, as capped REMOVED diagnostics. Excerpts are taken only while the cap
 * has room, so a page with a million removed blocks costs no more than one with fifty. Not
 * thread-safe; one per extraction.
 */
final class Removals {
    private static final int EXCERPT = 120;

    private final String stage;
    private final Diagnostics.Builder diagnostics;
    private int recorded;

    private TextStats stats;
    private Diagnostic overCap;

    Removals(String stage, Diagnostics.Builder diagnostics) {
        this.stage = stage;
        this.diagnostics = diagnostics;
    }

    /** From now on, takes each removed element's counts off {@code stats} ({@code null} to stop). */
    Removals tracking(TextStats stats) {
        this.stats = stats;
        return this;
    }

    /** Records the removal of {@code el} and tells the traversal to remove it. */
    FilterResult remove(Element el, String code) {
        if (stats != null) {
            stats.subtract(el);
        }
        record(code, el);
        return FilterResult.REMOVE;
    }

    void record(String code, Element el) {
        if (recorded++ < Diagnostics.DEFAULT_CAP) {
            diagnostics.removed(stage, code, excerpt(el));
        } else {
            overCap();
        }
    }

    void record(String code, String text) {
        if (recorded++ < Diagnostics.DEFAULT_CAP) {
            diagnostics.removed(stage, code, text.length() > EXCERPT ? text.substring(0, EXCERPT) : text);
        } else {
            overCap();
        }
    }

    /** Past the cap only the count is kept, so one shared entry stands for every further removal. */
    private void overCap() {
        if (overCap == null) {
            overCap = Diagnostic.removed(stage, "removed", "");
        }
        diagnostics.add(overCap);
    }

    /** The start of an element's text, read no further than the excerpt needs. */
    private static String excerpt(Element el) {
        StringBuilder sb = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.getWholeText();
                    for (int i = 0; i < s.length() && sb.length() < EXCERPT; i++) {
                        char c = s.charAt(i);
                        if (!Character.isWhitespace(c)) {
                            sb.append(c);
                        } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
                            sb.append(' ');
                        }
                    }
                } else if (node instanceof Element e && !TextStats.isInline(e)
                        && sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
                    sb.append(' ');
                }
                return sb.length() >= EXCERPT ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, el);
        return sb.toString().strip();
    }
}
