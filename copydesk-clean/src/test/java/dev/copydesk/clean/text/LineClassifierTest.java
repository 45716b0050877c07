package dev.copydesk.clean.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LineClassifierTest {
    /** The code the context-free pass gives a single line, or "kept". */
    private static String codeOf(String line) {
        Page page = new Page(line, Segmenter.split(line));
        LineClassifier.classify(page);
        return page.role(0) == Page.Role.REMOVED ? page.code(0)
                : page.role(0) == Page.Role.CAPTION ? "caption:" + page.caption(0) : "kept";
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Loaded: 0%|player-chrome", "Current Time0:00|player-chrome", "Duration Time2:05|player-chrome",
        "Unmute|player-chrome", "Exit fullscreen|player-chrome", "+12|gallery-marker", "View gallery|gallery-marker",
        "Image 3 of 14|gallery-marker", "Image source, Reuters|image-credit", "Photograph: Jo Bloggs/AFP|image-credit",
        "Share this article|share-prompt", "Facebook Twitter Email|share-prompt", "Follow us on Instagram|share-prompt",
        "Reuse this content|share-prompt", "Story continues below advertisement|advertisement",
        "Source: Read Full Article|source-footer", "Continue reading|source-footer",
        "READ MORE: Mayor quits after row over parking|teaser", "Related: Storm leaves thousands without power|teaser",
        "Town hall row deepens as budget vote looms [INSIGHT]|teaser", "Related Topics|teaser",
        "Story highlights|highlights", "Reply|comment-chrome", "Comments (14)|comment-chrome", "3 hours ago|metadata",
        "By Anna Kowalska, Science Correspondent|metadata", "Sign up to our daily newsletter|sign-up-prompt",
        "We use cookies to improve your experience on our site.|consent-notice",
        "You can unsubscribe at any time.|sign-up-prompt",
    })
    void widgetLinesGetTheirCode(String line, String code) {
        assertEquals(code, codeOf(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The council's newsletter was sent to 4,000 residents.",
        "The newsletter, which residents can sign up to online, was sent to 4,000 homes.",
        "The bakery sold more than 4,000 cookies at the weekend fair.",
        "Facebook said its profits rose by a fifth in the last quarter.",
        "‘You can sign up at the town hall,’ he said.",
        "By the end of the year, more than 300 homes had been connected.",
        "More-than-expected profits lifted shares in the retailer.",
        "Like many on Tuesday, she waited for hours in the rain.",
        "He played the game of his life.",
    })
    void newsSentencesWithCueWordsAreKept(String line) {
        assertEquals("kept", codeOf(line));
    }

    @Test
    void captionLabelsAndCreditsYieldTheCaptionText() {
        assertEquals("caption:Crowds outside the court on Monday", codeOf("Image caption, Crowds outside the court on Monday"));
        assertEquals("caption:Protesters in Parliament Square.",
                codeOf("Protesters in Parliament Square. Photograph: Jo Bloggs/Reuters"));
    }

    @Test
    void playerChromeNeedsAControlWord() {
        assertTrue(LineClassifier.isPlayerChrome("0:00"));
        assertTrue(LineClassifier.isPlayerChrome("Play"));
        assertFalse(LineClassifier.isPlayerChrome("Next"));
        assertFalse(LineClassifier.isPlayerChrome("The play opens at 7:30"));
    }

    @Test
    void contentKindsFollowLengthAndShape() {
        assertEquals(Page.Kind.GOOD, LineClassifier.contentKind(Features.of(
                "The council met on Tuesday to discuss the plans for the new school.")));
        assertEquals(Page.Kind.NEAR_GOOD, LineClassifier.contentKind(Features.of("He said no.")));
        assertEquals(Page.Kind.NEAR_GOOD, LineClassifier.contentKind(Features.of("The 43-year-old said:")));
        assertEquals(Page.Kind.SHORT, LineClassifier.contentKind(Features.of("Local elections")));
        assertEquals(Page.Kind.SHORT, LineClassifier.contentKind(Features.of("/")));
        assertEquals(List.of("dont", "sign", "up", "4", "000"), Features.tokens("Don't sign-up: 4,000", 100));
    }
}
