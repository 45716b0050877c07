package dev.copydesk.clean.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Removes what a reader never sees as the page's content: scripts and other non-text elements,
 * hidden elements, form controls, and boilerplate containers recognised by tag ({@code nav},
 * {@code aside}, {@code footer}, a page-level {@code header}) or by class, id and ARIA role tokens
 * (see {@link ClassTokens}). Captions and comment sections are moved out, not lost. One iterative
 * pass; a removed subtree is never visited. Stateless and thread-safe.
 */
final class PageCleaner {
    /** Elements that never carry readable text. */
    private static final Set<String> DROP = Set.of("script", "style", "template", "svg", "iframe",
            "object", "embed", "canvas", "input", "select", "textarea", "option", "optgroup", "button", "datalist",
            "dialog", "menu", "link", "meta", "base", "audio", "video", "map", "applet", "frame", "frameset",
            "head", "title", "math", "progress", "meter");

    /** Elements whose class tokens are not trusted to mark them as boilerplate. */
    private static final Set<String> TRUSTED = Set.of("html", "body", "main", "b", "i", "em", "strong", "sup",
            "sub", "u", "code", "tt", "s");

    /** Elements holding more than this share of the page's text are kept despite weak evidence. */
    private static final double MAJORITY = 0.5;

    /** What cleaning moved out of the page. */
    record Result(List<String> captions, List<Element> comments) {
    }

    private PageCleaner() {
    }

    /**
     * Cleans {@code root} in place.
     *
     * @param stats counts measured on {@code root} before cleaning, to spare containers that hold most
     *              of the page's text when only their class names speak against them
     */
    static Result clean(Element root, TextStats stats, Removals removals) {
        List<String> captions = new ArrayList<>();
        List<Element> comments = new ArrayList<>();
        int total = stats.of(root).prose;
        int totalChars = stats.of(root).chars;
        Removals tracked = removals.tracking(stats);
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Comment) {
                    return FilterResult.REMOVE;
                }
                if (!(node instanceof Element el) || node == root) {
                    return FilterResult.CONTINUE;
                }
                String tag = el.normalName();
                if (DROP.contains(tag)) {
                    stats.subtract(el);
                    return FilterResult.REMOVE;
                }
                if (tag.equals("figcaption")) {
                    String text = el.text().strip();
                    if (!text.isEmpty()) {
                        captions.add(text);
                    }
                    stats.subtract(el);
                    return FilterResult.REMOVE;
                }
                TextStats.Counts c = stats.of(el);
                if (tag.equals("noscript") && c.prose < 0.3 * total) {
                    stats.subtract(el);
                    return FilterResult.REMOVE;
                }
                boolean majority = total > 0 && (c.prose > MAJORITY * total
                        || c.contentMarker && c.prose > 0.2 * total) || c.chars > 0.8 * totalChars;
                if (c.chars == 0 && !tag.equals("figure")) {
                    return FilterResult.CONTINUE;
                }
                if (c.hidden) {
                    // Pages that reveal their content with scripts hide nearly all of it.
                    return c.prose > 0.8 * total ? FilterResult.CONTINUE : tracked.remove(el, "hidden");
                }
                if (c.articleBody) {
                    return FilterResult.CONTINUE;
                }
                String reason = switch (tag) {
                    case "nav" -> "navigation";
                    case "aside" -> "aside";
                    case "footer" -> "footer";
                    case "header" -> insideContent(el, stats) ? null : "header";
                    default -> null;
                };
                if (reason != null) {
                    return majority ? FilterResult.CONTINUE : tracked.remove(el, reason);
                }
                if (TRUSTED.contains(tag)) {
                    return FilterResult.CONTINUE;
                }
                ClassTokens.Role role = c.role;
                switch (role) {
                    case COMMENTS -> {
                        comments.add(el);
                        return tracked.remove(el, "comments");
                    }
                    case CAPTION -> {
                        String text = el.text().strip();
                        if (!text.isEmpty() && c.chars < 1000) {
                            captions.add(text);
                            stats.subtract(el);
                            return FilterResult.REMOVE;
                        }
                        return FilterResult.CONTINUE;
                    }
                    case BOILERPLATE -> {
                        return majority ? FilterResult.CONTINUE : tracked.remove(el, "boilerplate-class");
                    }
                    default -> {
                        return FilterResult.CONTINUE;
                    }
                }
            }
        }, root);
        removals.tracking(null);
        return new Result(captions, comments);
    }

    /** Whether a {@code header} belongs to the article rather than to the site; looks up a bounded distance. */
    private static boolean insideContent(Element el, TextStats stats) {
        Element p = el.parent();
        for (int i = 0; i < 64 && p != null; i++, p = p.parent()) {
            String t = p.normalName();
            if (t.equals("article") || t.equals("main") || stats.of(p).role == ClassTokens.Role.CONTENT) {
                return true;
            }
        }
        return false;
    }
}
