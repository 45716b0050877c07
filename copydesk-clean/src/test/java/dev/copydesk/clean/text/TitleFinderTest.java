package dev.copydesk.clean.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TitleFinderTest {
    @Test
    void headlineSharingWordsWithTheBodyIsTheTitle() {
        Page page = LineLabeler.label("""
                Heatwave warning issued as temperatures soar

                Forecasters have issued a heat warning for the south, with temperatures expected to soar to 35C.
                The warning runs until Monday and covers hospitals and care homes across the region.
                """);
        assertEquals(Page.Role.TITLE, page.role(0));
    }

    @Test
    void openingHeadlineAboutSomethingElseIsAVideoTitle() {
        Page page = LineLabeler.label("""
                Chef reveals secret to perfect roast potatoes

                Forecasters have issued a heat warning for the south, with temperatures expected to soar to 35C.
                The warning runs until Monday and covers hospitals and care homes across the region.
                """);
        assertEquals(Page.Role.REMOVED, page.role(0));
        assertEquals("video-title", page.code(0));
    }

    @Test
    void openingSentenceIsNotATitle() {
        Page page = LineLabeler.label("""
                Forecasters have issued a heat warning for the south, with temperatures expected to soar.
                The warning runs until Monday and covers hospitals and care homes across the region.
                """);
        assertEquals(Page.Role.BODY, page.role(0));
    }
}
