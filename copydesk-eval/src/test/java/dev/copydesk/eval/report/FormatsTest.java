package dev.copydesk.eval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.copydesk.eval.extraction.Outcome;
import dev.copydesk.eval.extraction.SystemKind;
import dev.copydesk.eval.extraction.SystemRun;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormatsTest {
    @Test
    void numbers() {
        assertEquals("0.958", Formats.score(0.95751));
        assertEquals("1.000", Formats.score(1));
        assertEquals("123.5", Formats.rate(123.45));
        assertEquals("4.57", Formats.rate(4.567));
        assertEquals("0.50x", Formats.ratio(0.5));
    }

    @Test
    void failureNoteNamesTheCommonestReason() {
        SystemRun run = new SystemRun("x", SystemKind.LIVE, List.of(Outcome.failed("a"), Outcome.failed("b"), Outcome.failed("b"),
                Outcome.ok("t")), null);
        assertEquals("3 pages failed: b (and 1 other reasons)", Formats.failures(run));
        assertEquals("1 page failed: a", Formats.failures(new SystemRun("x", SystemKind.LIVE, List.of(Outcome.failed("a")), null)));
        assertEquals("", Formats.failures(new SystemRun("x", SystemKind.LIVE, List.of(Outcome.ok("t")), null)));
    }

    @Test
    void reasonsAreShortSingleLines() {
        assertEquals("skipped (no node)", Formats.skipped("no\n node"));
        assertEquals(80, Formats.shorten("x".repeat(200)).length());
    }
}
