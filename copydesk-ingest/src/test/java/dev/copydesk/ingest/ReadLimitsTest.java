package dev.copydesk.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ReadLimitsTest {
    @Test
    void defaults() {
        ReadLimits d = ReadLimits.defaults();
        assertEquals(64L * 1024 * 1024, d.maxArticleBytes());
        assertEquals(100, d.maxErrorsPerInput());
        assertEquals("64 MB", d.describeArticleLimit());
    }

    @Test
    void badLimitsAreRejectedByName() {
        assertEquals("maxArticleBytes must be > 0, was 0",
                assertThrows(IllegalArgumentException.class, () -> new ReadLimits(0, 10)).getMessage());
        assertEquals("maxArticleBytes must be > 0, was -5",
                assertThrows(IllegalArgumentException.class, () -> ReadLimits.defaults().withMaxArticleBytes(-5))
                        .getMessage());
        assertEquals("maxErrorsPerInput must be > 0, was -1",
                assertThrows(IllegalArgumentException.class, () -> new ReadLimits(10, -1)).getMessage());
        IllegalArgumentException tooBig = assertThrows(IllegalArgumentException.class,
                () -> new ReadLimits(Long.MAX_VALUE, 1));
        assertEquals(true, tooBig.getMessage().startsWith("maxArticleBytes must be <= "));
    }

    @Test
    void sizesReadLikeAFileManager() {
        assertEquals("1 byte", Sizes.describe(1));
        assertEquals("1023 bytes", Sizes.describe(1023));
        assertEquals("1.5 KB", Sizes.describe(1536));
        assertEquals("500.0 MB", Sizes.describe(500L * 1024 * 1024));
        assertEquals("2.0 GB", Sizes.describe(2L * 1024 * 1024 * 1024));
        assertEquals("64 MB", Sizes.describeLimit(64L * 1024 * 1024));
        assertEquals("1.5 MB", Sizes.describeLimit(1536 * 1024));
    }
}
