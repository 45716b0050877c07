package dev.copydesk.clean.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkupPrefilterTest {
    @Test
    void dropsUnreadAttributesAndKeepsReadOnes() {
        // Whitespace inside a tag is not normalised: the parser ignores it.
        assertEquals("<div  class=\"a\" id=b><a >x</a></div>",
                MarkupPrefilter.filter("<div data-x='1>2' class=\"a\" onclick=\"f()\" id=b><a href=\"/x?a>b\">x</a></div>"));
    }

    @Test
    void tagsWithoutDroppedAttributesAreUntouched() {
        String html = "<p class=lead>One <b>two</b></p><br/><meta property=\"og:title\" content=\"T\">";
        assertEquals(html, MarkupPrefilter.filter(html));
    }

    @Test
    void dropsScriptsStylesSvgAndTextlessVoidsButKeepsJsonLd() {
        String ld = "<script type=\"application/ld+json\">{\"@type\":\"Product\"}</script>";
        assertEquals(ld + "<p>a b</p>", MarkupPrefilter.filter(ld + "<script>var x = '<p>';</script><style>p{}</style>"
                + "<p>a <img src=x.png alt='>'>b<svg><text>z</text></svg></p>"));
    }

    @Test
    void rawTextElementsAreCopiedAsTheyAre() {
        String html = "<title>a <b data-x=1> c</title><textarea data-y=2><i data-z=3></textarea>";
        assertEquals(html, MarkupPrefilter.filter(html));
    }

    @Test
    void dropsNavigationWithoutContentAndRecordsIt() {
        List<MarkupPrefilter.Dropped> dropped = new ArrayList<>();
        assertEquals("<p>Body</p>", MarkupPrefilter.filter("<nav><ul><li><a>Home</a></li></ul></nav><p>Body</p>", dropped));
        assertEquals(List.of(new MarkupPrefilter.Dropped("nav", "Home")), dropped);
    }

    @Test
    void keepsNavigationThatHoldsParagraphsOrBylines() {
        String withParagraph = "<nav><p>Long text</p></nav>";
        assertEquals(withParagraph, MarkupPrefilter.filter(withParagraph));
        String withByline = "<footer><span class=byline>By A. Writer</span></footer>";
        assertEquals(withByline, MarkupPrefilter.filter(withByline));
    }

    @Test
    void unterminatedTagIsCopiedAsItIs() {
        String html = "<p>a</p><div data-x=\"never closed";
        assertEquals(html, MarkupPrefilter.filter(html));
    }
}
