package dev.copydesk.clean.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.clean.Extraction;
import dev.copydesk.clean.HtmlExtractor;
import org.junit.jupiter.api.Test;

/** Pages other than plain articles: listings, products, forum threads, and blog posts with comments. */
class PageTypesTest {
    private final HtmlExtractor extractor = new HtmlExtractor();

    private static final String NAV = "<nav><a href='/'>Home</a> <a href='/shop'>Shop</a> <a href='/blog'>Blog</a></nav>";

    private static String page(String head, String body) {
        return "<!DOCTYPE html><html><head>" + head + "</head><body>" + NAV + body
                + "<footer><p>Copyright 2024 Example Shop, all rights reserved.</p></footer></body></html>";
    }

    private static String jsonLd(String type) {
        return "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"" + type
                + "\",\"headline\":\"Page\"}</script>";
    }

    private static String comments() {
        StringBuilder sb = new StringBuilder("<div id='comments' class='comments'>");
        for (int i = 1; i <= 5; i++) {
            sb.append("<div class='comment'><div class='comment-body'><p>Reader ").append(i)
                    .append(" thinks the idea is sound, and has tried it at home with the children over the summer,"
                            + " with mixed but mostly happy results worth sharing here.</p></div></div>");
        }
        return sb.append("</div>").toString();
    }

    @Test
    void listingKeepsItsCards() {
        StringBuilder cards = new StringBuilder("<h1>Garden tools</h1><ul class='results'>");
        for (int i = 1; i <= 6; i++) {
            cards.append("<li class='card'><h3><a href='/p/").append(i).append("'>Steel hand trowel with ash handle, model ").append(i)
                    .append("</a></h3><span class='price'>$").append(10 + i).append(".99</span></li>");
        }
        cards.append("</ul>");
        Extraction x = extractor.extract(page("<title>Garden tools</title>", cards.toString()), null);
        for (int i = 1; i <= 6; i++) {
            assertTrue(x.text().contains("Steel hand trowel with ash handle, model " + i), x.text());
            assertTrue(x.text().contains("$" + (10 + i) + ".99"), x.text());
        }
        assertFalse(x.text().contains("Copyright"));
    }

    @Test
    void productPageKeepsDescriptionAndSpecs() {
        String body = "<main><h1>Steel hand trowel</h1><p class='price'>$12.99</p>"
                + "<div class='description'><p>A forged steel trowel with an ash handle, sharp enough to cut roots and"
                + " strong enough to lever out stones, made to last a lifetime of digging.</p></div>"
                + "<table class='specs'><tr><th>Weight</th><td>310 g</td></tr><tr><th>Length</th><td>32 cm</td></tr>"
                + "<tr><th>Blade</th><td>Forged carbon steel</td></tr></table></main>";
        Extraction x = extractor.extract(page(jsonLd("Product"), body), null);
        assertTrue(x.text().contains("A forged steel trowel with an ash handle"), x.text());
        assertTrue(x.text().contains("Weight 310 g"), x.text());
        assertTrue(x.text().contains("Blade Forged carbon steel"), x.text());
        assertTrue(x.text().contains("$12.99"), x.text());
    }

    @Test
    void blogPostWithLongCommentThreadKeepsCommentsApart() {
        String body = "<article><h1>Why we stopped mowing</h1><p>We left the back lawn alone this year and the bees came"
                + " back within weeks, along with a fox that now sleeps under the hedge.</p></article>" + comments();
        Extraction x = extractor.extract(page(jsonLd("BlogPosting"), body), null);
        assertFalse(x.text().contains("Reader 1"), x.text());
        assertEquals(5, x.comments().size());
    }

    @Test
    void postMarkedAsArticleBodyKeepsCommentsApart() {
        String body = "<article><h1>Why we stopped mowing</h1><div itemprop='articleBody'><p>We left the back lawn"
                + " alone this year and the bees came back within weeks, along with a fox.</p></div></article>"
                + comments();
        Extraction x = extractor.extract(page("<meta property='og:type' content='article'>", body), null);
        assertFalse(x.text().contains("Reader 1"), x.text());
        assertEquals(5, x.comments().size());
    }

    @Test
    void shortPostOutweighedByRepliesIsADiscussion() {
        String body = "<div class='topic'><h1>Mowing</h1><p>Has anyone stopped mowing the back lawn?</p></div>"
                + comments();
        Extraction x = extractor.extract(page("<meta property='og:type' content='article'>", body), null);
        assertTrue(x.text().contains("Reader 5"), x.text());
    }

    @Test
    void declaredForumThreadKeepsAllPosts() {
        String body = "<article><h1>Why we stopped mowing</h1><p>We left the back lawn alone this year and the bees came"
                + " back within weeks, along with a fox that now sleeps under the hedge. Has anyone else tried this,"
                + " and did the neighbours complain? Ours have mostly been curious, and one asked for seeds, but the"
                + " council sent a letter about the height of the grass along the pavement edge, which we had not"
                + " expected at all, so we would like to hear how others handled it before we write back to them.</p>"
                + "</article>" + comments();
        Extraction x = extractor.extract(page(jsonLd("DiscussionForumPosting"), body), null);
        for (int i = 1; i <= 5; i++) {
            assertTrue(x.text().contains("Reader " + i), x.text());
        }
        assertTrue(x.comments().isEmpty());
    }
}
