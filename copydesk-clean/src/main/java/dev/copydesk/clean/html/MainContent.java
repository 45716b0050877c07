package dev.copydesk.clean.html;

import dev.copydesk.core.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The main-content pipeline on a parsed page: clean, locate the content, write paragraphs, and fall
 * back to whole-page paragraph classification when the located content is implausibly short. Then
 * the page's kind adjusts the result: on a page with little prose, a list of repeated cards (a
 * listing, a collection, search results) that holds much more text becomes the content; a product
 * page keeps its whole main region; reader comments join the body only on a discussion (declared
 * as a forum thread or Q&amp;A page, or a short post outweighed by its replies, unless the page
 * declares an article). Modifies the document it is given. Stateless and thread-safe.
 */
public final class MainContent {
    /** Below this many characters the located content is compared against the whole-page fallback. */
    private static final int PLAUSIBLE = 500;
    /** Pages with less prose than this (shops, listings, landing pages) keep link lists in their content. */
    private static final int LITTLE_PROSE = 1500;
    /** Cards replace found content only when they hold this many times its text. */
    private static final int CARDS_OVER_CONTENT = 2;
    /** Cards holding less text than this are not a listing. */
    private static final int MIN_LISTING = 200;
    /** A body shorter than this, outweighed by its comments, is the opening post of a discussion. */
    private static final int DISCUSSION_BODY = 500;

    /**
     * The body text, captions and reader comments of a page.
     *
     * @param text     paragraphs separated by one blank line, stripped
     * @param captions captions, in document order
     * @param comments reader comments, in document order
     */
    public record Result(String text, List<String> captions, List<String> comments) {
    }

    private MainContent() {
    }

    /**
     * Markup ready for parsing, and what was cut from it whole.
     *
     * @param html    the markup to parse
     * @param removed one entry per element cut whole: a REMOVED diagnostic code and an excerpt of its text
     */
    public record Prefiltered(String html, List<Map.Entry<String, String>> removed) {
    }

    /**
     * Prepares markup for parsing: drops script, style and SVG elements (keeping JSON-LD), attributes
     * and text-less elements extraction never reads, and navigation, asides and footers that hold
     * nothing later steps read; neutralises stray CDATA markers. Linear in the length of {@code html}.
     */
    public static Prefiltered prefilter(String html) {
        List<MarkupPrefilter.Dropped> dropped = new ArrayList<>();
        String markup = MarkupPrefilter.filter(html, dropped);
        List<Map.Entry<String, String>> removed = new ArrayList<>(dropped.size());
        for (MarkupPrefilter.Dropped d : dropped) {
            String code = switch (d.tag()) {
                case "nav" -> "navigation";
                default -> d.tag();
            };
            removed.add(Map.entry(code, d.excerpt()));
        }
        return new Prefiltered(markup, removed);
    }

    /**
     * Extracts the main content of {@code doc}, which is cleaned in place.
     *
     * @param meta        the page's metadata, read before this call (the title is not repeated in the text)
     * @param stage       the stage name diagnostics are recorded under
     * @param diagnostics where removals are recorded
     */
    public static Result extract(Document doc, Metadata meta, String stage, Diagnostics.Builder diagnostics) {
        Element body = doc.body();
        Removals removals = new Removals(stage, diagnostics);
        TextStats stats = TextStats.measure(body);
        PageCleaner.Result cleaned = PageCleaner.clean(body, stats, removals);
        List<Element> roots = ContentFinder.find(body, stats);
        boolean linkContent = linkHeavy(roots, stats);
        boolean lenient = linkContent || stats.of(body).prose < LITTLE_PROSE;
        List<Block> blocks = BlockFilter.filter(new BlockWriter(stats, removals, lenient).write(roots),
                meta.title(), linkContent, removals);
        int chars = HtmlText.chars(blocks);
        if (chars < PLAUSIBLE) {
            List<Block> all = new BlockWriter(stats, removals, true).write(List.of(body));
            List<Block> fallback = BlockFilter.filter(DensityFallback.select(all), meta.title(), false, removals);
            if (HtmlText.chars(fallback) > chars) {
                blocks = fallback;
            }
        }
        List<String> comments = CommentReader.read(cleaned.comments(), removals);
        boolean discussion = !comments.isEmpty() && discussion(meta, roots, stats, HtmlText.chars(blocks), comments);
        if (!discussion && meta.declaresProduct() && HtmlText.chars(blocks) < PLAUSIBLE) {
            blocks = wholeProduct(blocks, roots, body, stats, meta, lenient, removals);
        }
        if (!discussion && HtmlText.chars(blocks) < LITTLE_PROSE) {
            blocks = withCards(blocks, roots, body, stats, meta, removals);
        }
        String text = HtmlText.join(blocks);
        if (discussion) {
            text = (text + "\n\n" + String.join("\n\n", comments)).strip();
            comments = List.of();
        }
        return new Result(text, cleaned.captions(), comments);
    }

    /**
     * On a product page, the content is the whole product: name, price, description and the table
     * of specifications, which paragraph scoring splits apart. It is the page's main element, or
     * the element microdata marks as the product, when that holds the content found.
     */
    private static List<Block> wholeProduct(List<Block> blocks, List<Element> roots, Element body, TextStats stats,
                                            Metadata meta, boolean lenient, Removals removals) {
        Element product = null;
        for (Element e : body.getAllElements()) {
            TextStats.Counts c = stats.of(e);
            if (e.normalName().equals("main") || c.roleMain
                    || e.attributes().get("itemtype").toLowerCase(java.util.Locale.ROOT).endsWith("/product")) {
                product = e;
                break;
            }
        }
        if (product == null || roots.isEmpty() || !ContentFinder.contains(product, roots.get(0))) {
            return blocks;
        }
        List<Block> all = BlockFilter.filter(new BlockWriter(stats, removals, lenient).write(List.of(product)),
                meta.title(), false, removals);
        return HtmlText.chars(all) > HtmlText.chars(blocks) ? all : blocks;
    }

    /**
     * On a page with little prose, a list of repeated cards holding much more text than the content
     * found is the content: a listing, a collection, search results.
     */
    private static List<Block> withCards(List<Block> blocks, List<Element> roots, Element body, TextStats stats,
                                         Metadata meta, Removals removals) {
        Element cards = CardFinder.find(body, stats);
        int chars = HtmlText.chars(blocks);
        if (cards == null || stats.of(cards).chars < MIN_LISTING || stats.of(cards).chars < CARDS_OVER_CONTENT * chars) {
            return blocks;
        }
        List<Block> listing = BlockFilter.filter(new BlockWriter(stats, removals, true).write(List.of(cards)),
                meta.title(), true, removals);
        if (HtmlText.chars(listing) < CARDS_OVER_CONTENT * chars) {
            return blocks;
        }
        for (Element r : roots) {
            if (ContentFinder.contains(r, cards) || ContentFinder.contains(cards, r)) {
                return listing;
            }
        }
        List<Block> out = new java.util.ArrayList<>(blocks);
        out.addAll(listing);
        return out;
    }

    /**
     * Whether the "comments" are the page's content (a forum thread, a question and its answers)
     * rather than reactions to it. A page that declares itself a discussion always is; an article
     * never is, however short its body: a page whose structured data declares an article, or whose
     * Open Graph type is article and whose content marks its article body (forums call their threads
     * articles in Open Graph too, but do not mark an article body).
     */
    private static boolean discussion(Metadata meta, List<Element> roots, TextStats stats, int bodyChars,
                                      List<String> comments) {
        if (meta.declaresDiscussion()) {
            return true;
        }
        if (meta.declaresArticle() || meta.types().contains("og:article") && marksArticleBody(roots, stats)) {
            return false;
        }
        long commentChars = 0;
        for (String c : comments) {
            commentChars += c.length();
        }
        return bodyChars < DISCUSSION_BODY && commentChars > 2L * bodyChars;
    }

    private static boolean marksArticleBody(List<Element> roots, TextStats stats) {
        for (Element r : roots) {
            for (Element e : r.getAllElements()) {
                if (stats.of(e).articleBody) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean linkHeavy(List<Element> roots, TextStats stats) {
        int chars = 0;
        int links = 0;
        for (Element r : roots) {
            chars += stats.of(r).chars;
            links += stats.of(r).linkChars;
        }
        return chars > 0 && links > 0.4 * chars;
    }
}
