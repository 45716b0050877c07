package dev.copydesk.clean.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.clean.Extraction;
import dev.copydesk.clean.HtmlExtractor;
import dev.copydesk.core.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {
    private final HtmlExtractor extractor = new HtmlExtractor();

    private static final String P1 = "The committee met on Monday to discuss the budget, and after a long debate it agreed to "
            + "raise spending on schools, roads and libraries for the coming year.";
    private static final String P2 = "Members said the increase, the first in four years, would be paid for by savings "
            + "elsewhere, including a smaller vehicle fleet and cheaper energy contracts.";
    private static final String P3 = "A final vote is expected next month, when the full council meets in the town hall, "
            + "and residents will be able to put questions to members beforehand.";

    private static String page(String head, String body) {
        return "<!DOCTYPE html><html><head>" + head + "</head><body>" + body + "</body></html>";
    }

    private static String article(String extra) {
        return "<article><h1>Budget agreed</h1><p>" + P1 + "</p><p>" + P2 + "</p>" + extra + "<p>" + P3 + "</p></article>";
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = HtmlExtractorTest.class.getResourceAsStream("/html/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void mainContentIsChosenOverNavigationSidebarFooterRelatedAndComments() {
        String html = page("<title>Budget agreed</title>",
                "<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></nav>"
                + "<div class='sidebar'><h3>Popular</h3><p>Most read story of the week, with a long teaser line, here.</p></div>"
                + article("")
                + "<div class='related-articles'><a href='/x'>Another story about the council and its many budget votes</a></div>"
                + "<div id='comments'><div class='comment-body'><p>I disagree with the whole thing.</p></div></div>"
                + "<footer><p>Copyright 2024 Example Media, all rights reserved, registered in England.</p></footer>");
        Extraction x = extractor.extract(html, "https://example.org/news/budget");
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, x.text());
        assertEquals(List.of("I disagree with the whole thing."), x.comments());
        assertNull(x.offsets());
        assertTrue(x.diagnostics().items().stream().anyMatch(d -> d.kind() == Diagnostic.Kind.REMOVED
                && d.code().equals("navigation")));
    }

    @Test
    void figcaptionGoesToCaptionsNotBody() {
        String html = page("", article("<figure><img src='a.jpg'><figcaption>The town hall at dusk.</figcaption></figure>"));
        Extraction x = extractor.extract(html, null);
        assertEquals(List.of("The town hall at dusk."), x.captions());
        assertFalse(x.text().contains("dusk"));
    }

    @Test
    void metadataFromMetaTags() {
        String head = "<title>Budget agreed | Example News</title>"
                + "<meta property='og:title' content='Budget agreed after long debate'>"
                + "<meta name='author' content='By Jane Doe'>"
                + "<meta property='article:published_time' content='2024-05-06T07:08:09Z'>"
                + "<meta property='og:locale' content='fr_FR'>";
        Extraction x = extractor.extract(page(head, article("")), null);
        assertEquals("Budget agreed after long debate", x.title());
        assertEquals("Jane Doe", x.byline());
        assertEquals("2024-05-06T07:08:09Z", x.published());
        assertEquals("fr", x.language());
    }

    @Test
    void metadataFromJsonLd() {
        String head = "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                + "\"headline\":\"Council budget passes\",\"datePublished\":\"2023-01-02\","
                + "\"author\":{\"@type\":\"Person\",\"name\":\"Sam Smith\"}}</script>";
        Extraction x = extractor.extract(page(head, article("")), null);
        assertEquals("Council budget passes", x.title());
        assertEquals("Sam Smith", x.byline());
        assertEquals("2023-01-02", x.published());
    }

    @Test
    void dateFromTimeElementInArticleAndTitleFromTitleTag() {
        String body = "<article><time datetime='2021-09-10 14:30'>10 Sept</time><p>" + P1 + "</p><p>" + P2 + "</p></article>";
        Extraction x = extractor.extract("<html><head><title>Budget agreed - Example News</title></head><body>"
                + body + "</body></html>", null);
        assertEquals("2021-09-10T14:30:00", x.published());
        assertEquals("Budget agreed", x.title());
    }

    @Test
    void dateIsNullWhenAbsentOrUnreadable() {
        Extraction x = extractor.extract(page("<meta name='date' content='last Tuesday'>", article("")), null);
        assertNull(x.published());
        assertNull(extractor.extract(page("", article("")), null).published());
    }

    @Test
    void languageIsNormalisedFromHtmlLang() {
        Extraction x = extractor.extract("<html lang='EN-us'><body>" + article("") + "</body></html>", null);
        assertEquals("en", x.language());
        Extraction y = extractor.extract("<html><head><meta http-equiv='Content-Language' content='pt-BR'></head><body>"
                + article("") + "</body></html>", null);
        assertEquals("pt", y.language());
        assertNull(extractor.extract(page("", article("")), null).language());
    }

    @Test
    void linkHeavyListInsideContentIsDropped() {
        String links = "<ul><li><a href='/1'>Read more: council to vote on parking charges</a></li>"
                + "<li><a href='/2'>Read more: library opening hours extended</a></li></ul>";
        Extraction x = extractor.extract(page("", article(links)), null);
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, x.text());
    }

    @Test
    void contentListsAndTablesAreKept() {
        String extra = "<ul><li>Schools: 2.1 million more</li><li>Roads: 1.4 million more</li></ul>"
                + "<table><tr><th>Service</th><th>Change</th></tr><tr><td>Libraries</td><td>+4%</td></tr></table>";
        Extraction x = extractor.extract(page("", article(extra)), null);
        assertEquals(P1 + "\n\n" + P2 + "\n\nSchools: 2.1 million more\n\nRoads: 1.4 million more\n\n"
                + "Service Change\n\nLibraries +4%\n\n" + P3, x.text());
    }

    @Test
    void shareTokenDropsBlockButArticleHeaderIsKept() {
        String body = "<div class='story'><div class='article-header'><p class='standfirst'>" + P1 + "</p></div>"
                + "<div class='share'><p>Share this story with your friends on every network you use</p></div>"
                + "<p>" + P2 + "</p><p>" + P3 + "</p></div>";
        Extraction x = extractor.extract(page("", body), null);
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, x.text());
    }

    @Test
    void hiddenElementsAreDropped() {
        String extra = "<p style='display: none'>Hidden teaser text that no reader ever sees on the page.</p>"
                + "<p hidden>Another hidden paragraph that should never reach the body text.</p>"
                + "<div aria-hidden='true'><p>Decorative duplicate of the headline for screen effects.</p></div>";
        Extraction x = extractor.extract(page("", article(extra)), null);
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, x.text());
    }

    @Test
    void syntheticWordPressPost() throws IOException {
        Extraction x = extractor.extract(resource("wordpress-post.html"), "https://courier.example/2024/03/sea-wall/");
        assertEquals(resource("wordpress-post.expected.txt").strip(), x.text());
        assertEquals("Harbour Town Votes to Rebuild Its Sea Wall", x.title());
        assertEquals("Mara Lindqvist", x.byline());
        assertEquals("2024-03-14T09:30:00Z", x.published());
        assertEquals("en", x.language());
        assertEquals(List.of("The sea wall near the lifeboat station after the January storm."), x.captions());
        assertEquals(List.of("About time. The wall has been falling apart since I was a child.",
                "Who checked the estimate? It seems low for that length of wall."), x.comments());
    }

    @Test
    void syntheticNewsPageWithSplitBody() throws IOException {
        Extraction x = extractor.extract(resource("news-split-body.html"), null);
        assertEquals(resource("news-split-body.expected.txt").strip(), x.text());
        assertEquals("Rail operator fined over months of delays", x.title());
        assertEquals("Ada Okafor, Tom Reyes", x.byline());
        assertEquals("2023-11-02T06:00:00-05:00", x.published());
        assertEquals("en", x.language());
    }

    @Test
    void syntheticTableLayoutPage() throws IOException {
        Extraction x = extractor.extract(resource("table-layout.html"), null);
        assertEquals(resource("table-layout.expected.txt").strip(), x.text());
        assertEquals("Gemeinderat beschließt neuen Radweg", x.title());
        assertEquals("2022-06-01", x.published());
        assertEquals("de", x.language());
    }
}
