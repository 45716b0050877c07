package dev.copydesk.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.copydesk.clean.Cleaner;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class IngestConfigTest {
    @Test
    void badValuesFailNamingTheParameter() {
        IngestConfig d = IngestConfig.defaults();
        assertEquals("commitEvery must be at least 1, was 0",
                assertThrows(IllegalArgumentException.class, () -> d.withCommitEvery(0)).getMessage());
        assertEquals("commitInterval must be a positive duration, was PT-1S",
                assertThrows(IllegalArgumentException.class, () -> d.withCommitInterval(Duration.ofSeconds(-1))).getMessage());
        assertEquals("commitInterval must be a positive duration, was null",
                assertThrows(IllegalArgumentException.class, () -> d.withCommitInterval(null)).getMessage());
        assertEquals("analysis must be given",
                assertThrows(IllegalArgumentException.class, () -> d.withAnalysis(null)).getMessage());
        assertEquals("maxChars must be at least 1, was -5",
                assertThrows(IllegalArgumentException.class, () -> AnalysisConfig.defaults().withMaxChars(-5)).getMessage());
        assertEquals("cleanMode must be given",
                assertThrows(IllegalArgumentException.class, () -> AnalysisConfig.defaults().withCleanMode(null)).getMessage());
    }

    @Test
    void defaults() {
        IngestConfig d = IngestConfig.defaults();
        assertEquals(200, d.commitEvery());
        assertEquals(Duration.ofSeconds(10), d.commitInterval());
        assertEquals(Cleaner.Mode.AUTO, d.analysis().cleanMode());
        assertEquals(AnalysisConfig.DEFAULT_MAX_CHARS, d.analysis().maxChars());
        assertEquals(7, d.withCommitEvery(7).commitEvery());
    }
}
