package dev.copydesk.clean.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmenterTest {
    @Test
    void everyNonBlankLineIsAUnitWithItsOffsets() {
        String raw = "  First line\u00a0\r\nSecond line\n\n\tThird\n";
        List<Unit> units = Segmenter.split(raw);
        assertEquals(List.of("First line", "Second line", "Third"), units.stream().map(Unit::text).toList());
        for (Unit u : units) {
            assertEquals(u.text(), raw.substring(u.start(), u.start() + u.pieceLength(0)));
        }
        assertTrue(units.get(0).blankBefore());
        assertFalse(units.get(1).blankBefore());
        assertTrue(units.get(2).blankBefore());
    }

    @Test
    void hardWrappedLinesAreJoinedWithOnePiecePerLine() {
        String raw = """
                The committee met for three hours on Wednesday evening to discuss the
                proposal, which would see the car park turned into a small public park
                with trees and benches.

                Members voted by six to four in favour, and the work will be paid for
                from the reserve fund that the council set aside for projects of this
                kind last year.
                """;
        List<Unit> units = Segmenter.split(raw);
        assertEquals(2, units.size());
        assertEquals(3, units.get(0).pieceCount());
        assertTrue(units.get(0).text().startsWith("The committee met"));
        assertTrue(units.get(0).text().contains("discuss the proposal, which"));
        for (Unit u : units) {
            for (int k = 0; k < u.pieceCount(); k++) {
                String piece = raw.substring(u.pieceStart(k), u.pieceStart(k) + u.pieceLength(k));
                assertTrue(u.text().contains(piece));
            }
        }
    }

    @Test
    void linesOfOneLengthThatStartSentencesAreNotTakenForWrapping() {
        String line = "Officials confirmed the road would stay closed until the repairs were done.\n";
        assertEquals(6, Segmenter.split(line.repeat(6)).size());
    }

    @Test
    void shortLinesAreNeverJoined() {
        assertEquals(5, Segmenter.split("Play\nSkip\nMute\n+8\nView gallery").size());
    }

    @Test
    void blankInputHasNoUnits() {
        assertTrue(Segmenter.split("").isEmpty());
        assertTrue(Segmenter.split(" \n\r\n\t\u00a0\u200b\n").isEmpty());
    }
}
