package dev.copydesk.clean.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the elements that hold a cleaned page's main content. Paragraph-like blocks score their
 * ancestors by length and commas (in the manner of Readability and boilerpipe); the best-scoring
 * container wins, joined by siblings that score nearly as well. Markup that names the content
 * outright ({@code itemprop=articleBody}, classes like {@code entry-content}, a single dominant
 * {@code <article>}, {@code <main>}) is preferred when it agrees with the scores. Stateless and
 * thread-safe.
 */
final class ContentFinder {
    private static final int MIN_PARAGRAPH = 25;
    private static final int MAX_LEVELS = 5;
    private static final int MAX_CLIMB = 64;

    private ContentFinder() {
    }

    /** The content roots, in document order; {@code body} itself when nothing better is found. */
    static List<Element> find(Element body, TextStats stats) {
        // Insertion order breaks ties between equal scores, so the same page always gives the same content.
        Map<Element, double[]> scores = new LinkedHashMap<>();
        List<Element> articleBodies = new ArrayList<>();
        List<Element> contentClasses = new ArrayList<>();
        List<Element> articles = new ArrayList<>();
        List<Element> mains = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (!(node instanceof Element el) || TextStats.isInline(el)) {
                    return;
                }
                String tag = el.normalName();
                TextStats.Counts c = stats.of(el);
                if (c.articleBody) {
                    articleBodies.add(el);
                } else if (c.namesContent) {
                    contentClasses.add(el);
                }
                if (tag.equals("article")) {
                    articles.add(el);
                } else if (tag.equals("main") || c.roleMain) {
                    mains.add(el);
                }
                if (c.inlineChars < MIN_PARAGRAPH || tag.startsWith("h") && tag.length() == 2) {
                    return;
                }
                double score = 1 + c.inlineCommas + Math.min(c.inlineChars / 100.0, 3);
                if (tag.equals("li") || tag.equals("dd") || tag.equals("dt")) {
                    score *= c.inlineLinkDensity() > 0.5 ? 0 : 0.5;
                }
                // Text mixed with block children is a paragraph of its own inside el, as if wrapped in <p>.
                Element a = c.inlineChars < c.chars ? el : el.parent();
                for (int level = 0; level < MAX_LEVELS && a != null && a != body.parent(); level++, a = a.parent()) {
                    double[] s = scores.computeIfAbsent(a, e -> initialScore(e, stats));
                    s[0] += score / (level == 0 ? 1 : level == 1 ? 2 : level * 3.0);
                }
            }

            @Override
            public void tail(Node node, int depth) {
            }
        }, body);

        List<Element> scored = withSameClass(body, stats, scoredRoots(body, stats, scores));
        int scoredChars = 0;
        for (Element e : scored) {
            scoredChars += stats.of(e).chars;
        }
        Element strong = strongest(stats, articleBodies, contentClasses, articles, mains);
        if (strong == null) {
            return scored;
        }
        int strongChars = stats.of(strong).chars;
        Element top = scored.get(0).parent() != null && scored.size() > 1 ? scored.get(0).parent() : scored.get(0);
        List<Element> strongRoots = withSameClass(body, stats, List.of(strong));
        if (contains(strong, top)) {
            return strongRoots;
        }
        if (contains(top, strong)) {
            return strongChars >= 0.5 * scoredChars ? strongRoots : scored;
        }
        return strongChars > scoredChars ? strongRoots : scored;
    }

    /**
     * Adds the elements that share the main root's tag and class: pages often cut one article body
     * into several containers around ads and embeds.
     */
    private static List<Element> withSameClass(Element body, TextStats stats, List<Element> roots) {
        Element main = roots.get(0);
        for (Element r : roots) {
            if (stats.of(r).chars > stats.of(main).chars) {
                main = r;
            }
        }
        String cls = main.className();
        if (cls.isBlank() || main == body) {
            return roots;
        }
        String tag = main.normalName();
        Set<Element> chosen = Collections.newSetFromMap(new IdentityHashMap<>());
        chosen.addAll(roots);
        int added = 0;
        List<Element> ordered = new ArrayList<>();
        NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element el)) {
                    return FilterResult.SKIP_CHILDREN;
                }
                if (chosen.contains(el)) {
                    ordered.add(el);
                    return FilterResult.SKIP_CHILDREN;
                }
                if (el.normalName().equals(tag) && el.className().equals(cls)) {
                    TextStats.Counts c = stats.of(el);
                    if (c.chars >= 100 && c.linkDensity() < 0.3) {
                        ordered.add(el);
                        return FilterResult.SKIP_CHILDREN;
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        return ordered.size() == roots.size() ? roots : Collections.unmodifiableList(ordered);
    }

    private static double[] initialScore(Element e, TextStats stats) {
        double base = switch (e.normalName()) {
            case "div", "article", "section", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return new double[] {base + ClassTokens.weight(stats.of(e).role)};
    }

    private static double finalScore(Element e, TextStats stats, Map<Element, double[]> scores) {
        double[] s = scores.get(e);
        return s == null ? 0 : s[0] * (1 - stats.of(e).linkDensity());
    }

    private static List<Element> scoredRoots(Element body, TextStats stats, Map<Element, double[]> scores) {
        List<Map.Entry<Element, double[]>> ranked = new ArrayList<>();
        for (Map.Entry<Element, double[]> en : scores.entrySet()) {
            ranked.add(Map.entry(en.getKey(), new double[] {finalScore(en.getKey(), stats, scores)}));
        }
        if (ranked.isEmpty()) {
            return List.of(body);
        }
        // Equal scores (rows of identical cards, or nothing scoring at all) go to the element with more text.
        ranked.sort((x, y) -> {
            int byScore = Double.compare(y.getValue()[0], x.getValue()[0]);
            return byScore != 0 ? byScore : Integer.compare(stats.of(y.getKey()).chars, stats.of(x.getKey()).chars);
        });
        Element top = ranked.get(0).getKey();
        double topScore = ranked.get(0).getValue()[0];
        if (top == body) {
            return List.of(body);
        }
        top = commonAncestorOfAlternatives(top, topScore, ranked, body);
        top = climb(top, body, stats, scores);
        return withSiblings(top, body, stats, scores);
    }

    /** When several near-best candidates share an ancestor, the content is that ancestor. */
    private static Element commonAncestorOfAlternatives(Element top, double topScore,
                                                        List<Map.Entry<Element, double[]>> ranked, Element body) {
        List<Element> alternatives = new ArrayList<>();
        for (int i = 1; i < Math.min(5, ranked.size()); i++) {
            if (ranked.get(i).getValue()[0] >= 0.75 * topScore) {
                alternatives.add(ranked.get(i).getKey());
            }
        }
        if (alternatives.size() < 3) {
            return top;
        }
        Element a = top.parent();
        for (int i = 0; i < MAX_CLIMB && a != null && a != body; i++, a = a.parent()) {
            int inside = 0;
            for (Element alt : alternatives) {
                if (contains(a, alt)) {
                    inside++;
                }
            }
            if (inside >= 3) {
                return a;
            }
        }
        return top;
    }

    private static Element climb(Element top, Element body, TextStats stats, Map<Element, double[]> scores) {
        double last = finalScore(top, stats, scores);
        double threshold = last / 3;
        Element p = top.parent();
        for (int i = 0; i < MAX_CLIMB && p != null && p != body; i++, p = p.parent()) {
            if (!scores.containsKey(p)) {
                continue;
            }
            double s = finalScore(p, stats, scores);
            if (s < threshold) {
                break;
            }
            if (s > last) {
                top = p;
                break;
            }
            last = s;
        }
        for (int i = 0; i < MAX_CLIMB && top.parent() != null && top.parent() != body
                && CardFinder.elementChildren(top.parent(), 2) == 1; i++) {
            top = top.parent();
        }
        return top;
    }

    private static List<Element> withSiblings(Element top, Element body, TextStats stats,
                                              Map<Element, double[]> scores) {
        Element parent = top.parent();
        if (parent == null || top == body) {
            return List.of(top);
        }
        double topScore = finalScore(top, stats, scores);
        double threshold = Math.max(10, topScore * 0.2);
        String topClass = top.className();
        List<Element> roots = new ArrayList<>();
        for (int i = 0, n = parent.childNodeSize(); i < n; i++) {
            if (!(parent.childNode(i) instanceof Element sib)) {
                continue;
            }
            if (sib == top) {
                roots.add(sib);
                continue;
            }
            double bonus = !topClass.isEmpty() && topClass.equals(sib.className()) ? topScore * 0.2 : 0;
            if (finalScore(sib, stats, scores) + bonus >= threshold) {
                roots.add(sib);
                continue;
            }
            TextStats.Counts c = stats.of(sib);
            if (c.inlineChars > 0 && c.inlineChars == c.chars && !isHeading(sib.normalName())) {
                double ld = c.linkDensity();
                if (c.chars > 80 && ld < 0.25) {
                    roots.add(sib);
                } else if (c.chars <= 80 && ld == 0 && endsSentence(sib.text())) {
                    roots.add(sib);
                }
            }
        }
        return Collections.unmodifiableList(roots);
    }

    private static boolean isHeading(String tag) {
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }

    private static boolean endsSentence(String s) {
        String t = s.strip();
        return !t.isEmpty() && ".!?\u3002".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    private static Element strongest(TextStats stats, List<Element> articleBodies, List<Element> contentClasses,
                                     List<Element> articles, List<Element> mains) {
        Element best = largest(stats, articleBodies, 1.0);
        if (best == null) {
            best = largest(stats, contentClasses, 0.0);
        }
        if (best == null && !articles.isEmpty()) {
            best = dominant(stats, articles);
        }
        if (best == null && mains.size() == 1) {
            best = largest(stats, mains, 0.0);
        }
        return best;
    }

    private static Element largest(TextStats stats, List<Element> els, double minShare) {
        Element best = null;
        double bestChars = 0;
        for (Element e : els) {
            TextStats.Counts c = stats.of(e);
            double useful = c.chars * (1 - c.linkDensity());
            if (useful > bestChars) {
                best = e;
                bestChars = useful;
            }
        }
        return bestChars >= 200 ? best : null;
    }

    /** An article element that holds most of the text held by all article elements. */
    private static Element dominant(TextStats stats, List<Element> articles) {
        Element best = largest(stats, articles, 0);
        if (best == null) {
            return null;
        }
        int total = 0;
        for (Element a : articles) {
            if (!contains(best, a)) {
                total += stats.of(a).chars;
            }
        }
        return stats.of(best).chars >= 2 * (total - stats.of(best).chars) ? best : null;
    }

    /** Whether {@code outer} is {@code inner} or one of its ancestors, looking up a bounded distance. */
    static boolean contains(Element outer, Element inner) {
        Element e = inner;
        for (int i = 0; i < 512 && e != null; i++, e = e.parent()) {
            if (e == outer) {
                return true;
            }
        }
        return false;
    }
}
