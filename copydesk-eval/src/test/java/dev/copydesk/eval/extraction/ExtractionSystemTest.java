package dev.copydesk.eval.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractionSystemTest {
    private static final List<Page> PAGES = List.of(
            new Page("ok", "https://example.com/ok", "<p>fine</p>"),
            new Page("null", null, "<p>nothing</p>"),
            new Page("boom", null, "<p>boom</p>"),
            new Page("deep", null, "<p>deep</p>"));

    private static String fake(String html, String url) {
        return switch (html) {
            case "<p>fine</p>" -> "fine at " + url;
            case "<p>boom</p>" -> throw new IllegalStateException("cannot parse");
            case "<p>deep</p>" -> throw new StackOverflowError();
            default -> null;
        };
    }

    @Test
    void perPageSystemTurnsFailuresIntoOutcomes() throws Exception {
        List<String> progress = new ArrayList<>();
        List<Outcome> outcomes = ExtractionSystem.perPage("fake", ExtractionSystemTest::fake)
                .extractAll(PAGES, (system, done, total) -> progress.add(system + " " + done + "/" + total));
        assertEquals(Outcome.ok("fine at https://example.com/ok"), outcomes.get(0));
        assertEquals(Outcome.ok(""), outcomes.get(1));
        assertEquals(Outcome.failed("IllegalStateException: cannot parse"), outcomes.get(2));
        assertEquals(Outcome.failed("StackOverflowError"), outcomes.get(3));
        assertTrue(outcomes.get(3).isFailure());
        assertFalse(outcomes.get(1).isFailure());
        assertEquals(List.of("fake 1/4", "fake 2/4", "fake 3/4", "fake 4/4"), progress);
    }

    @Test
    void liveRunCountsFailuresByReason() {
        SystemRun run = SystemRun.live(ExtractionSystem.perPage("fake", ExtractionSystemTest::fake), PAGES, Progress.NONE);
        assertTrue(run.ran());
        assertEquals(SystemKind.LIVE, run.kind());
        assertEquals(2, run.failures());
        assertEquals(2, run.failureReasons().size());
    }

    @Test
    void unavailableSystemIsSkipped() {
        ExtractionSystem missing = new ExtractionSystem() {
            @Override
            public String name() {
                return "missing";
            }

            @Override
            public java.util.Optional<String> unavailableReason() {
                return java.util.Optional.of("not installed");
            }

            @Override
            public List<Outcome> extractAll(List<? extends PageSource> pages, Progress progress) {
                throw new AssertionError("must not run");
            }
        };
        SystemRun run = SystemRun.live(missing, PAGES, Progress.NONE);
        assertFalse(run.ran());
        assertEquals("not installed", run.skipped());
        assertEquals(List.of(), run.outcomes());
    }

    @Test
    void publishedRunFailsPagesTheOutputLacks() {
        SystemRun run = SystemRun.published("peer 1.0", java.util.Map.of("ok", "text", "boom", ""), PAGES);
        assertEquals(SystemKind.PUBLISHED, run.kind());
        assertEquals(List.of("text", "", "", ""), run.outcomes().stream().map(Outcome::text).toList());
        assertEquals(2, run.failures());
        assertEquals(java.util.Map.of("missing from the published output", 2), run.failureReasons());
    }
}
