package dev.copydesk.clean.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NearDuplicatesTest {
    private static Page resolve(String raw) {
        Page page = new Page(raw, Segmenter.split(raw));
        LineClassifier.classify(page);
        NearDuplicates.resolve(page);
        return page;
    }

    @Test
    void unpunctuatedCopyWithOneWordChangedBecomesCaption() {
        Page page = resolve("""
                The unnamed officer spoke about the lack of equipment given to soldiers at the front.
                The minister declined to comment on the claims.
                The unnamed officer spoke about the lack of equipment given to troops at the front
                """);
        assertEquals(Page.Role.BODY, page.role(0));
        assertEquals(Page.Role.CAPTION, page.role(2));
    }

    @Test
    void captionBeforeItsParagraphStillLeavesTheParagraphInTheBody() {
        Page page = resolve("""
                Firefighters battled the blaze for six hours before bringing it under control
                Firefighters battled the blaze for six hours before bringing it under control.
                """);
        assertEquals(Page.Role.CAPTION, page.role(0));
        assertEquals(Page.Role.BODY, page.role(1));
    }

    @Test
    void secondIdenticalParagraphIsDropped() {
        Page page = resolve("Short one.\nA second paragraph with enough words to be compared here.\nShort one.\n"
                + "A second paragraph with enough words to be compared here.\n");
        assertEquals(Page.Role.REMOVED, page.role(2));
        assertEquals("duplicate", page.code(3));
    }

    @Test
    void similarSentencesOfTheSameShapeAreBothKept() {
        Page page = resolve("""
                The first round of voting will be held on Sunday 5 May across the whole region.
                The second round of voting will be held on Sunday 19 May across the whole region.
                """);
        assertEquals(Page.Role.BODY, page.role(0));
        assertEquals(Page.Role.BODY, page.role(1));
    }

    @Test
    void resemblanceIsJaccardOfBigrams() {
        long[] a = NearDuplicates.shingles("one two three four five six seven");
        assertEquals(1.0, NearDuplicates.resemblance(a, a));
        assertTrue(NearDuplicates.shingles("too short").length == 0);
    }
}
