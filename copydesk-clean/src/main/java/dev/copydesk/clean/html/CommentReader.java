package dev.copydesk.clean.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads reader comments out of the comment sections that cleaning set aside. A comment is an
 * element whose class names a comment's body or text ({@code comment-content}, {@code comment-body},
 * {@code comment__text}); a section without such markup gives one comment per paragraph. Stateless
 * and thread-safe.
 */
final class CommentReader {
    private static final int MAX_COMMENTS = 1000;

    private CommentReader() {
    }

    static List<String> read(List<Element> sections, Removals removals) {
        List<String> out = new ArrayList<>();
        for (Element section : sections) {
            List<Element> bodies = new ArrayList<>();
            NodeTraversor.traverse(new NodeVisitor() {
                @Override
                public void head(Node node, int depth) {
                    if (node instanceof Element el && el != section && isCommentBody(el)
                            && (bodies.isEmpty() || !ContentFinder.contains(bodies.get(bodies.size() - 1), el))) {
                        bodies.add(el);
                    }
                }
            }, section);
            List<Element> units = bodies.isEmpty() ? List.of(section) : bodies;
            for (Element unit : units) {
                TextStats stats = TextStats.measure(unit);
                List<Block> blocks = BlockFilter.filter(new BlockWriter(stats, removals, true).write(List.of(unit)),
                        null, true, removals);
                if (bodies.isEmpty()) {
                    for (Block b : blocks) {
                        add(out, b.text());
                    }
                } else {
                    add(out, HtmlText.join(blocks));
                }
                if (out.size() >= MAX_COMMENTS) {
                    return out;
                }
            }
        }
        return out;
    }

    private static void add(List<String> out, String text) {
        if (!text.isBlank() && out.size() < MAX_COMMENTS) {
            out.add(text);
        }
    }

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private static boolean isCommentBody(Element el) {
        String cls = el.className();
        if (cls.isEmpty()) {
            return false;
        }
        for (String token : WHITESPACE.split(cls.toLowerCase(Locale.ROOT))) {
            if (token.length() < 64 && token.contains("comment")
                    && (token.contains("body") || token.contains("content") || token.contains("text"))) {
                return true;
            }
        }
        return false;
    }
}
