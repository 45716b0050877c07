package dev.copydesk.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SentenceBreaksTest {
    private static List<Integer> all(BreakIterator b, String text) {
        b.setText(text);
        List<Integer> out = new ArrayList<>();
        for (int i = b.first(); i != BreakIterator.DONE; i = b.next()) {
            out.add(i);
        }
        return out;
    }

    @Test
    void breaksAfterSentencesAndLines() {
        String text = "He said: “It is not our war.” They vowed to go on! Why?\n\nThe end… of it";
        assertEquals(List.of(0, 30, 51, 56, 57, 66, text.length()), all(new SentenceBreaks(), text));
    }

    @Test
    void followingAndPrecedingAgreeWithTheBoundaries() {
        Random random = new Random(7);
        String[] pieces = {"word", " ", ". ", "! ", "?", "\n", "…", "”", "a.b", "  "};
        for (int round = 0; round < 300; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = sb.toString();
            SentenceBreaks b = new SentenceBreaks();
            List<Integer> bounds = all(b, text);
            assertEquals(0, (int) bounds.get(0));
            assertEquals(text.length(), (int) bounds.get(bounds.size() - 1));
            for (int offset = 0; offset <= text.length(); offset++) {
                int expectedFollowing = BreakIterator.DONE;
                int expectedPreceding = BreakIterator.DONE;
                for (int x : bounds) {
                    if (x > offset && expectedFollowing == BreakIterator.DONE) {
                        expectedFollowing = x;
                    }
                    if (x < offset) {
                        expectedPreceding = x;
                    }
                }
                assertEquals(expectedFollowing, b.following(offset), text + " following " + offset);
                if (expectedFollowing != BreakIterator.DONE) {
                    assertEquals(expectedFollowing, b.current());
                }
                assertEquals(expectedPreceding, b.preceding(offset), text + " preceding " + offset);
            }
        }
    }
}
