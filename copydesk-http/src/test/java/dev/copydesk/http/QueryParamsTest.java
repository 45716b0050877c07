package dev.copydesk.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QueryParamsTest {
    static final Set<String> NAMES = Set.of("q", "entity", "page", "from");

    @Test
    void decodesRepeatsAndBlanks() {
        QueryParams p = QueryParams.parse("q=Ruslan+Gabbasov%21&entity=A&entity=&entity=B%20C&page=&from=2022-09-21", NAMES);
        assertEquals("Ruslan Gabbasov!", p.single("q"));
        assertEquals(List.of("A", "B C"), p.all("entity"));
        assertEquals(1, p.integer("page", 1, 1, 10));
        assertEquals(LocalDate.of(2022, 9, 21), p.date("from"));
        assertNull(QueryParams.parse(null, NAMES).single("q"));
    }

    @Test
    void rejectsByName() {
        ApiException e = assertThrows(ApiException.class, () -> QueryParams.parse("qq=1", NAMES));
        assertEquals(400, e.status());
        assertTrue(e.getMessage().contains("'qq'"), e.getMessage());
        assertThrows(ApiException.class, () -> QueryParams.parse("q=1&q=2", NAMES).single("q"));
        assertThrows(ApiException.class, () -> QueryParams.parse("q=%E", NAMES));
        assertThrows(ApiException.class, () -> QueryParams.parse("page=1e3", NAMES).integer("page", 1, 1, 10));
        assertThrows(ApiException.class, () -> QueryParams.parse("page=11", NAMES).integer("page", 1, 1, 10));
        assertThrows(ApiException.class, () -> QueryParams.parse("from=21/09/2022", NAMES).date("from"));
        assertThrows(ApiException.class, () -> QueryParams.parse("entity=a&".repeat(21), NAMES));
    }
}
