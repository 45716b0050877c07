package dev.copydesk.clean.html;

import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text counts for every element of a subtree, computed bottom-up in one iterative pass so that
 * asking for any element's counts is constant-time (calling {@code Element.text()} per element would
 * make the work quadratic in the depth of the page). A snapshot: it does not follow later changes to
 * the tree. Not thread-safe; one per extraction.
 */
final class TextStats {
    /** Tags whose text flows inside the surrounding block. */
    static final Set<String> INLINE = Set.of("a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em",
            "font", "i", "kbd", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time",
            "tt", "u", "var", "wbr", "img", "label", "big", "ins", "del", "nobr", "picture", "source", "output");

    /** Counts for one element. Characters are non-whitespace characters. */
    static final class Counts {
        int chars;
        int linkChars;
        int commas;
        /** Characters not inside a nested block element: the element's own paragraph text. */
        int inlineChars;
        int inlineLinkChars;
        int inlineCommas;
        /** Descendant elements, a cheap measure of markup weight. */
        int elements;
        /** Characters in prose paragraphs (long, few links), not counting comment sections. */
        int prose;
        /** Whether the element is, or contains, markup that names main content. */
        boolean contentMarker;
        /** What the element's class, id and ARIA role say about it. */
        ClassTokens.Role role = ClassTokens.Role.NONE;
        /** Whether markup names this element the main content: articleBody, main, or a content class. */
        boolean marksContent;
        /** Whether a class name or the id names main content, as {@code entry-content} does. */
        boolean namesContent;
        /** Whether the element carries {@code itemprop=articleBody}. */
        boolean articleBody;
        /** Whether the element carries ARIA {@code role=main}. */
        boolean roleMain;
        /** Whether attributes or class names hide the element from sighted readers. */
        boolean hidden;

        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }

        double inlineLinkDensity() {
            return inlineChars == 0 ? 0 : (double) inlineLinkChars / inlineChars;
        }
    }

    /** Paragraphs at least this long count as prose. */
    static final int PROSE = 50;
    private static final int MAX_ANCESTORS = 256;

    private static final Counts NONE = new Counts();

    private final Map<Element, Counts> counts;

    private TextStats(Map<Element, Counts> counts) {
        this.counts = counts;
    }

    /** Counts for {@code e}, or all zeros if it was not in the subtree measured. */
    Counts of(Element e) {
        Counts c = counts.get(e);
        return c == null ? NONE : c;
    }

    /**
     * Takes the counts of {@code removed}, about to be cut from the tree, off its ancestors, so that
     * one measurement serves before and after cleaning. Looks up a bounded number of levels.
     */
    void subtract(Element removed) {
        Counts c = counts.get(removed);
        if (c == null || c.chars == 0 && c.elements == 0) {
            return;
        }
        boolean prose = c.role != ClassTokens.Role.COMMENTS;
        boolean inline = isInline(removed);
        Element child = removed;
        Element p = removed.parent();
        for (int i = 0; i < MAX_ANCESTORS && p != null; i++, child = p, p = p.parent()) {
            Counts a = counts.get(p);
            if (a == null) {
                return;
            }
            a.chars -= c.chars;
            a.linkChars -= c.linkChars;
            a.commas -= c.commas;
            a.elements -= c.elements + 1;
            if (prose) {
                a.prose -= c.prose;
            }
            prose &= a.role != ClassTokens.Role.COMMENTS;
            if (inline) {
                a.inlineChars -= c.inlineChars;
                a.inlineLinkChars -= c.inlineLinkChars;
                a.inlineCommas -= c.inlineCommas;
                inline = isInline(p);
            }
        }
    }

    /** Whitespace as Copydesk counts it: Java whitespace and the no-break space. */
    static boolean isSpace(char c) {
        if (c == ' ' || c == '\n') {
            return true;
        }
        return c > ' ' && c < 0x80 ? false : Character.isWhitespace(c) || c == '\u00A0';
    }

    static boolean isInline(Element e) {
        return INLINE.contains(e.normalName());
    }

    static TextStats measure(Element root) {
        Map<Element, Counts> map = new IdentityHashMap<>(1024);
        ArrayDeque<Counts> stack = new ArrayDeque<>();
        Map<String, Integer> classFacts = new java.util.HashMap<>();
        Map<String, Integer> tokenFacts = new java.util.HashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            private int linkDepth;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element el) {
                    stack.push(new Counts());
                    if (el.normalName().equals("a")) {
                        linkDepth++;
                    }
                } else if (node instanceof TextNode t && !stack.isEmpty()) {
                    String s = t.getWholeText();
                    int chars = 0;
                    int commas = 0;
                    for (int i = 0, n = s.length(); i < n; i++) {
                        char c = s.charAt(i);
                        if (c == ',') {
                            commas++;
                            chars++;
                        } else if (c > ' ' && c < 0x80) {
                            chars++;
                        } else if (c >= 0x80) {
                            if (c == '\uFF0C' || c == '\u3001' || c == '\u060C') {
                                commas++;
                            }
                            if (!isSpace(c)) {
                                chars++;
                            }
                        } else if (!isSpace(c)) {
                            chars++;
                        }
                    }
                    Counts top = stack.peek();
                    top.chars += chars;
                    top.inlineChars += chars;
                    top.commas += commas;
                    top.inlineCommas += commas;
                    if (linkDepth > 0) {
                        top.linkChars += chars;
                        top.inlineLinkChars += chars;
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (!(node instanceof Element el)) {
                    return;
                }
                Counts c = stack.pop();
                map.put(el, c);
                if (el.normalName().equals("a")) {
                    linkDepth--;
                }
                if (el.attributesSize() > 0) {
                    readAttributes(el, c, classFacts, tokenFacts);
                } else {
                    c.marksContent = el.normalName().equals("main");
                }
                boolean inline = isInline(el);
                if (c.inlineChars >= PROSE && c.inlineLinkDensity() < 0.3 && !inline) {
                    c.prose += c.inlineChars;
                }
                c.contentMarker |= c.marksContent;
                Counts parent = stack.peek();
                if (parent == null) {
                    return;
                }
                if (c.role != ClassTokens.Role.COMMENTS) {
                    parent.prose += c.prose;
                }
                parent.contentMarker |= c.contentMarker;
                parent.chars += c.chars;
                parent.linkChars += c.linkChars;
                parent.commas += c.commas;
                parent.elements += c.elements + 1;
                if (inline) {
                    parent.inlineChars += c.inlineChars;
                    parent.inlineLinkChars += c.inlineLinkChars;
                    parent.inlineCommas += c.inlineCommas;
                }
            }
        }, root);
        return new TextStats(map);
    }

    /** Reads role, content and visibility markup; the parser has lower-cased attribute names. */
    private static void readAttributes(Element el, Counts c, Map<String, Integer> classFacts,
                                       Map<String, Integer> tokenFacts) {
        Attributes at = el.attributes();
        String cls = at.get("class");
        int facts = 0;
        if (!cls.isEmpty()) {
            Integer f = classFacts.get(cls);
            if (f == null) {
                f = ClassTokens.facts(cls, tokenFacts);
                classFacts.put(cls, f);
            }
            facts = f;
        }
        ClassTokens.Role role = ClassTokens.role(facts);
        boolean names = (facts & ClassTokens.NAMES_CONTENT) != 0;
        String id = at.get("id");
        if (!id.isEmpty()) {
            role = ClassTokens.max(role, ClassTokens.classify(id));
            names |= ClassTokens.namesContent(id.toLowerCase(Locale.ROOT));
        }
        String aria = at.get("role");
        if (!aria.isEmpty()) {
            ClassTokens.Role ariaRole = ClassTokens.ariaRole(aria);
            role = ariaRole == ClassTokens.Role.BOILERPLATE ? ariaRole : ClassTokens.max(role, ariaRole);
            c.roleMain = aria.strip().equalsIgnoreCase("main");
        }
        c.role = role;
        c.namesContent = names;
        String itemprop = at.get("itemprop");
        c.articleBody = !itemprop.isEmpty() && itemprop.toLowerCase(Locale.ROOT).contains("articlebody");
        c.marksContent = el.normalName().equals("main") || c.articleBody || names || c.roleMain;
        c.hidden = (facts & ClassTokens.INVISIBLE_CLASS) != 0 || at.hasKey("hidden")
                || at.get("aria-hidden").equalsIgnoreCase("true") || hiddenStyle(at.get("style"));
    }

    private static boolean hiddenStyle(String style) {
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }
}
