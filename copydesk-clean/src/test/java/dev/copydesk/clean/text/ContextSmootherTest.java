package dev.copydesk.clean.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ContextSmootherTest {
    @Test
    void subheadingBetweenParagraphsStays() {
        Page page = LineLabeler.label("""
                The council met on Tuesday to discuss the plans for the new school in the town centre.
                Next steps
                A public consultation on the plans will open next month and run for six weeks.
                """);
        assertEquals(Page.Role.BODY, page.role(1));
    }

    @Test
    void unclearLineAmongPlayerControlsTakesTheirReason() {
        Page page = LineLabeler.label("""
                The council met on Tuesday to discuss the plans for the new school in the town centre.
                Play
                Previous
                Mute
                A public consultation on the plans will open next month and run for six weeks.
                """);
        assertEquals(Page.Role.REMOVED, page.role(2));
        assertEquals("player-chrome", page.code(2));
    }

    @Test
    void pageOfShortSentencesIsKept() {
        Page page = LineLabeler.label("It rained.\nThe match was called off.\nFans went home.\n");
        for (int i = 0; i < page.size(); i++) {
            assertEquals(Page.Role.BODY, page.role(i));
        }
    }
}
