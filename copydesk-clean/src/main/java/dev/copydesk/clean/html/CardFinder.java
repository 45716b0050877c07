package dev.copydesk.clean.html;

import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the list of repeated cards on a cleaned page: the element whose children include the most
 * text in siblings of one kind (same tag and class), such as search results, product tiles, course
 * lists or the teasers of a section front. Listing and collection pages have such a list as their
 * content, where paragraph scoring finds little prose. One pass. Stateless and thread-safe.
 */
final class CardFinder {
    /** Fewer repeated siblings than this are not a list of cards. */
    private static final int MIN_CARDS = 3;
    /** A card shorter than this (an icon link, a lone price) does not count. */
    private static final int MIN_CARD_CHARS = 15;

    private CardFinder() {
    }

    /** The element holding the largest run of cards, or {@code null} when the page has none. */
    static Element find(Element body, TextStats stats) {
        Element[] best = {null};
        int[] bestChars = {0};
        Map<String, int[]> groups = new HashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (!(node instanceof Element el) || stats.of(el).chars <= bestChars[0] || TextStats.isInline(el)
                        || elementChildren(el, MIN_CARDS) < MIN_CARDS) {
                    return;
                }
                groups.clear();
                for (int i = 0, n = el.childNodeSize(); i < n; i++) {
                    if (!(el.childNode(i) instanceof Element child)) {
                        continue;
                    }
                    int chars = stats.of(child).chars;
                    if (chars < MIN_CARD_CHARS) {
                        continue;
                    }
                    int[] g = groups.computeIfAbsent(child.normalName() + '.' + child.className(), k -> new int[2]);
                    g[0]++;
                    g[1] += chars;
                }
                for (int[] g : groups.values()) {
                    if (g[0] >= MIN_CARDS && g[1] > bestChars[0]) {
                        bestChars[0] = g[1];
                        best[0] = el;
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
            }
        }, body);
        return best[0];
    }

    /**
     * How many child elements {@code e} has, counting no further than {@code atMost}: cheaper than
     * {@link Element#childrenSize()}, which builds the list of children.
     */
    static int elementChildren(Element e, int atMost) {
        int count = 0;
        for (int i = 0, n = e.childNodeSize(); i < n && count < atMost; i++) {
            if (e.childNode(i) instanceof Element) {
                count++;
            }
        }
        return count;
    }
}
