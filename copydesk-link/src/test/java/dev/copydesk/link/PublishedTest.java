package dev.copydesk.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublishedTest {
    @Test
    void isoFormsAreInstants() {
        assertEquals(Instant.parse("2024-03-05T04:00:00Z"), Published.instant("2024-03-04T23:00:00-05:00"));
        assertEquals(Instant.parse("2024-03-04T10:00:00Z"), Published.instant(" 2024-03-04T10:00:00 "));
        assertEquals(Instant.parse("2024-03-04T00:00:00Z"), Published.instant("2024-03-04"));
        assertNull(Published.instant("yesterday"));
        assertNull(Published.instant(null));
    }

    @Test
    void datedComeFirstInTimeOrderNotStringOrder() {
        List<String> values = new ArrayList<>(Arrays.asList(null, "2024-03-04T23:00:00-05:00", "March 4",
                "2024-03-05T01:00:00Z", "2024-03-04"));
        values.sort(Published.ORDER);
        assertEquals(Arrays.asList("2024-03-04", "2024-03-05T01:00:00Z", "2024-03-04T23:00:00-05:00", "March 4", null),
                values);
    }
}
