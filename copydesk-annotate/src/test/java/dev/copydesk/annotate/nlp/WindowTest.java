package dev.copydesk.annotate.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WindowTest {
    static void checkCover(String text, int max, List<Window> windows) {
        int at = 0;
        for (Window w : windows) {
            assertEquals(at, w.start(), "windows are consecutive");
            assertTrue(w.end() > w.start(), "windows are not empty");
            assertTrue(w.end() - w.start() <= max, w + " is over " + max);
            at = w.end();
        }
        assertEquals(text.length(), at, "windows cover the text");
    }

    @Test
    void aShortTextIsOneWindow() {
        assertEquals(List.of(new Window(0, 11)), Window.cut("Hello world", 11));
        assertEquals(List.of(new Window(0, 0)), Window.cut("", 10));
    }

    @Test
    void cutsAtAParagraphBreakThenASentenceEndThenWhitespace() {
        String paragraphs = "First paragraph here.\n\nSecond one. It goes on and on";
        assertEquals(21, Window.cut(paragraphs, 30).get(0).end(), "before the blank line");
        String sentences = "One sentence ends. Another begins and runs on and on";
        assertEquals(18, Window.cut(sentences, 30).get(0).end(), "after the full stop");
        String words = "words without any sentence end at all here";
        List<Window> w = Window.cut(words, 20);
        assertEquals(' ', words.charAt(w.get(0).end()), "at whitespace");
        checkCover(words, 20, w);
    }

    @Test
    void aTextWithoutWhitespaceIsCutHardButNeverInsideASurrogatePair() {
        String text = "x".repeat(9) + "😀".repeat(10);
        List<Window> w = Window.cut(text, 10);
        checkCover(text, 10, w);
        for (Window x : w) {
            assertTrue(!Character.isLowSurrogate(text.charAt(x.start())), "window starts inside a pair: " + x);
        }
    }

    @Test
    void randomTextsAreCoveredInBoundedWindows() {
        Random r = new Random(42);
        String alphabet = "ab .\n!?";
        for (int round = 0; round < 200; round++) {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(2000);
            for (int i = 0; i < n; i++) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            int max = 2 + r.nextInt(300);
            checkCover(b.toString(), max, Window.cut(b.toString(), max));
        }
    }
}
