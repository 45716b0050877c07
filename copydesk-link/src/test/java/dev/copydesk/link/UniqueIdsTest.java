package dev.copydesk.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UniqueIdsTest {
    @Test
    void firstKeepsItsIdLaterOnesAreNumbered() {
        UniqueIds ids = new UniqueIds();
        assertEquals(List.of("a", "b", "a-2", "a-3", "b-2"),
                List.of(ids.next("a"), ids.next("b"), ids.next("a"), ids.next("a"), ids.next("b")));
    }

    @Test
    void aSuffixedIdAlreadyGivenIsSkipped() {
        UniqueIds ids = new UniqueIds();
        assertEquals(List.of("a", "a-2", "a-3", "a-4"),
                List.of(ids.next("a"), ids.next("a-2"), ids.next("a"), ids.next("a")));
    }

    @Test
    void randomRepeatsNeverCollide() {
        Random random = new Random(7);
        UniqueIds ids = new UniqueIds();
        Set<String> given = new HashSet<>();
        for (int i = 0; i < 5_000; i++) {
            String id = random.nextBoolean() ? "x" + random.nextInt(20) : "x" + random.nextInt(5) + "-" + random.nextInt(4);
            String unique = ids.next(id);
            assertEquals(true, given.add(unique), "given twice: " + unique);
            assertEquals(true, unique.equals(id) || unique.startsWith(id + "-"), unique + " for " + id);
        }
    }

    @Test
    void nullIsRefused() {
        assertThrows(NullPointerException.class, () -> new UniqueIds().next(null));
    }
}
