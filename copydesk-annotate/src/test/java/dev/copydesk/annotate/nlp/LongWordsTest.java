package dev.copydesk.annotate.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.annotate.Layers;
import dev.copydesk.annotate.Token;
import dev.copydesk.core.Article;
import org.junit.jupiter.api.Test;

class LongWordsTest {
    @Test
    void shortWordsAreLeftAlone() {
        String text = "A normal sentence, with " + "w".repeat(LongWords.MAX_WORD) + " at the cap.";
        assertSame(text, LongWords.mask(text));
        assertEquals(0, LongWords.count(text));
    }

    @Test
    void theTailOfAnOverlongWordBecomesSpaceAndOffsetsStay() {
        String word = "ab".repeat(400);
        String text = "Before " + word + " after " + word + "\nend";
        String masked = LongWords.mask(text);
        assertEquals(text.length(), masked.length());
        assertEquals(2, LongWords.count(text));
        int at = text.indexOf(word);
        assertEquals(text.substring(at, at + LongWords.MAX_WORD), masked.substring(at, at + LongWords.MAX_WORD));
        assertTrue(masked.substring(at + LongWords.MAX_WORD, at + word.length()).isBlank());
        assertTrue(masked.endsWith(" after " + word.substring(0, LongWords.MAX_WORD)
                + " ".repeat(word.length() - LongWords.MAX_WORD) + "\nend"));
    }

    @Test
    void theCutNeverSplitsASurrogatePair() {
        String word = "x".repeat(LongWords.MAX_WORD - 1) + "😀" + "y".repeat(50);
        String masked = LongWords.mask(word);
        assertEquals(word.substring(0, LongWords.MAX_WORD + 1), masked.substring(0, LongWords.MAX_WORD + 1));
        assertTrue(masked.substring(LongWords.MAX_WORD + 1).isBlank());
    }

    @Test
    void theAnnotatorReadsAHugeWordByItsHeadAndSaysSo() {
        String word = "Q".repeat(70_000);
        String text = "Anna Berg spoke in Oslo. " + word + " Then she left.";
        Article out = CoreNlpAnnotatorTest.ANNOTATOR.process(Article.builder().id("t").source("test").text(text).build());
        for (Token t : out.layer(Layers.TOKENS, "test").items()) {
            assertTrue(t.end() - t.start() <= LongWords.MAX_WORD, () -> "token too long: " + (t.end() - t.start()));
            assertFalse(text.substring(t.start(), t.end()).isBlank(), "a token of white space");
        }
        assertTrue(out.diagnostics().items().stream().anyMatch(d -> d.code().equals("long-words-cut")));
        assertFalse(out.layer(Layers.MENTIONS, "test").items().isEmpty(), "the rest of the text is still tagged");
    }
}
