package dev.copydesk.eval.bench.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.copydesk.index.EntitySummary;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServeLoadTest {
    @Test
    void requestsMixSearchesProfilesAndQuotesForEachEntity() {
        List<String> paths = ServeLoad.requests(List.of(new EntitySummary("Jacinda Ardern", "PERSON", 3),
                new EntitySummary("St. Paul's", "LOCATION", 1)));
        assertEquals(List.of("/api/search", "/api/health", "/api/quotes", "/api/entities?q=a",
                "/api/search?q=Jacinda", "/api/search?entity=Jacinda+Ardern", "/api/entities/Jacinda%20Ardern",
                "/api/search?speaker=Jacinda+Ardern", "/api/quotes?speaker=Jacinda+Ardern",
                "/api/search?q=St", "/api/search?entity=St.+Paul%27s", "/api/entities/St.%20Paul%27s"), paths);
    }

    @Test
    void settingsRejectWhatCannotRun() {
        assertThrows(IllegalArgumentException.class, () -> new ServeLoad.Settings(0, 1, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new ServeLoad.Settings(257, 1, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new ServeLoad.Settings(1, 0, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new ServeLoad.Settings(1, 1, Duration.ofMillis(5)));
    }

    @Test
    void noRequestsIsAnError() {
        assertThrows(IllegalArgumentException.class,
                () -> ServeLoad.run("http://127.0.0.1:1", List.of(), new ServeLoad.Settings(1, 1, Duration.ofSeconds(1))));
    }
}
