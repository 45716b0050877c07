package dev.copydesk.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DatesTest {
    @Test
    void isoForms() {
        assertEquals("2024-03-14", Dates.normalise("2024-03-14"));
        assertEquals("2024-03-14T09:30:00Z", Dates.normalise("2024-03-14T09:30:00Z"));
        assertEquals("2024-03-14T09:30:00+01:00", Dates.normalise("2024-03-14T09:30:00+0100"));
        assertEquals("2024-03-14T09:30:00", Dates.normalise("2024-03-14 09:30"));
        assertEquals("2024-03-14T09:30:05Z", Dates.normalise("2024-03-14T09:30:05.123Z"));
        assertEquals("2024-03-14", Dates.normalise("2024/03/14"));
        assertEquals("2024-03-14", Dates.normalise("20240314"));
    }

    @Test
    void rfc1123() {
        assertEquals("2019-11-19T10:00Z", Dates.normalise("Tue, 19 Nov 2019 10:00:00 GMT"));
    }

    @Test
    void monthNames() {
        assertEquals("2016-09-12", Dates.normalise("September 12, 2016"));
        assertEquals("2016-09-12", Dates.normalise("Sept. 12 2016"));
        assertEquals("2016-09-12", Dates.normalise("12 Sep 2016"));
        assertEquals("2016-09-02", Dates.normalise("2nd September 2016"));
        assertEquals("2016-06-30", Dates.normalise("June 30, 2016"));
        assertEquals("2016-07-01", Dates.normalise("1 Jul 2016"));
        assertNull(Dates.normalise("Septober 12, 2016"));
        assertNull(Dates.normalise("February 30, 2016"));
    }

    @Test
    void ambiguousOrInvalidGiveNull() {
        assertNull(Dates.normalise("03/04/2024"));
        assertNull(Dates.normalise("last Tuesday"));
        assertNull(Dates.normalise("2024-13-45"));
        assertNull(Dates.normalise(""));
        assertNull(Dates.normalise(null));
    }
}
