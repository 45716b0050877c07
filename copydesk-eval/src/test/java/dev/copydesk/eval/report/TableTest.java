package dev.copydesk.eval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {
    @Test
    void padsColumnsAlignsNumbersRightAndTrimsTrailingSpace() {
        Table t = Table.builder("Scores").text("system").number("F1").text("note")
                .row("Copydesk", "0.950", "")
                .row("boilerpipe 1.1.0", "0.82", "2 pages failed")
                .build();
        assertEquals("""
                Scores
                system               F1  note
                ----------------  -----  --------------
                Copydesk          0.950
                boilerpipe 1.1.0   0.82  2 pages failed
                """, t.render());
    }

    @Test
    void noTitleLineWhenTitleIsEmptyAndNullCellsPrintEmpty() {
        Table t = Table.builder("").text("a").number("b").row("x", null).build();
        assertEquals("a  b\n-  -\nx\n", t.render());
    }

    @Test
    void rowsMustFitTheColumns() {
        assertThrows(IllegalArgumentException.class,
                () -> new Table("", List.of(new Table.Column("a", false)), List.of(List.of("1", "2"))));
    }
}
