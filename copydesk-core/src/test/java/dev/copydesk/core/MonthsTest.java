package dev.copydesk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MonthsTest {
    @Test
    void numbersFullNamesThreeLetterFormsAndSeptInAnyCase() {
        assertEquals(1, Months.number("January"));
        assertEquals(1, Months.number("jan"));
        assertEquals(9, Months.number("SEPT"));
        assertEquals(9, Months.number("Sep"));
        assertEquals(5, Months.number("may"));
        assertEquals(12, Months.number("December"));
        for (String no : new String[] {"Janu", "Septem", "Ma", "", "Monday", null}) {
            assertEquals(0, Months.number(no), no);
        }
    }

    @Test
    void namesAreCapitalisedAsInRunningText() {
        assertTrue(Months.isName("May"));
        assertTrue(Months.isName("Sept"));
        assertTrue(Months.isName("Oct"));
        assertFalse(Months.isName("may"), "lower case, it is a verb");
        assertFalse(Months.isName("SEPTEMBER"));
        assertEquals(List.of("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"),
                Months.abbreviations());
    }

    @Test
    void thePatternPrefersTheLongestForm() {
        assertEquals("January|February|March|April|May|June|July|August|September|October|November|December"
                + "|Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec", Months.pattern());
        var m = Pattern.compile(Months.pattern()).matcher("on September 4 or Sept. 5");
        assertTrue(m.find());
        assertEquals("September", m.group());
        assertTrue(m.find());
        assertEquals("Sept", m.group());
    }
}
