package dev.copydesk.link.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.annotate.Amount;
import dev.copydesk.annotate.amount.AmountParser;
import dev.copydesk.core.Article;
import dev.copydesk.link.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Measures of amounts as the real {@link AmountParser} finds them in synthetic sentences. */
class MeasuresTest {
    private static final AmountParser PARSER = new AmountParser();

    @Test
    void eventsAfterBeforeOrInTheObjectNameOneMeasure() {
        assertEquals("people killed", measureOf("At least 12 people were killed in the blast on Monday."));
        assertEquals("people killed", measureOf("The explosion left 12 dead and many more in shock."));
        assertEquals("people killed", measureOf("Officials reported 12 deaths in the town on Monday."));
        assertEquals("people killed", measureOf("The death toll rose to 12 on Tuesday morning."));
        assertEquals("people mobilised", measureOf("Russia has mobilised 300,000 people since September."));
        assertEquals("people injured", measureOf("The blast killed two and injured 30, police said."));
        assertEquals("people mobilised", measureOf("Putin announced 300,000 people with previous combat experience "
                + "or specialist skills would be conscripted to the frontlines."));
        assertEquals("homes", measureOf("Some 300 homes were flooded and, in the next town, several people died."));
    }

    @Test
    void theClauseBoundsTheSearchForAnEvent() {
        // "killed" belongs to the 12, not to the 40 cars of the next clause.
        assertEquals("cars", measureOf("The storm killed 12 people, and 40 cars were lost at sea."));
    }

    @Test
    void objectsAreComparedInTheirSingularForm() {
        Article a = parsed("a1", "The ministry counted 193 ethnic minorities in the country.");
        Article b = parsed("a2", "There are 193 ethnic minority groups in the country, it said.");
        Measures.Measure ma = Measures.of(a.text(), only(a));
        assertEquals("ethnic minority", ma.key());
        assertEquals("ethnic minorities", ma.label());
        assertEquals("ethnic minority group", Measures.of(b.text(), only(b)).key());
        assertEquals("people", Measures.singular("persons"));
        assertEquals("city", Measures.singular("cities"));
        assertEquals("church", Measures.singular("churches"));
        assertEquals("virus", Measures.singular("virus"));
    }

    @Test
    void aWordThatOnlySometimesNamesAnEventIsNotListed() {
        assertEquals("people", measureOf("More than 2,000 people called the hotline on Monday."));
        assertEquals("people mobilised", measureOf("Another 2,000 people were called-up on Monday."));
    }

    @Test
    void agesAndBareQuantitiesHaveNoMeasure() {
        assertNull(measureOf("The 43-year-old said he would not fight in the war."));
        assertNull(measureOf("It took fifty years to build the town wall."));
    }

    @Test
    void approximationsAreReadFromTheWordsBefore() {
        Article a = parsed("a1", "Body armour in Russia has soared to around £1,115 this month.");
        assertTrue(Measures.approximate(a.text(), only(a)));
        Article b = parsed("a2", "Body armour in Russia now costs £1,115 this month.");
        assertFalse(Measures.approximate(b.text(), only(b)));
        Article c = parsed("a3", "Police said more than 2,000 people were detained on Sunday.");
        assertTrue(Measures.approximate(c.text(), only(c)));
        assertEquals("people arrested", Measures.of(c.text(), only(c)).label());
    }

    @Test
    void realAmountsOfOneStoryAreComparedSideBySide() {
        List<Article> story = List.of(
                parsed("a1", "At least 12 people were killed and 40 were injured when the dam broke."),
                parsed("a2", "The dam collapse left 13 dead, according to the regional governor."),
                parsed("a3", "Twelve people died after the dam broke, officials said."));
        List<FigureGroup> groups = FigureComparison.compare(story, a -> "outlet-" + a.id());
        assertEquals(1, groups.size(), groups.toString());
        FigureGroup killed = groups.get(0);
        assertEquals("people killed", killed.measure());
        assertEquals(List.of(12.0, 13.0, 12.0), killed.reports().stream().map(FigureReport::value).toList());
        assertEquals("Twelve", killed.reports().get(2).text());
        assertTrue(killed.disagreement());
    }

    private static String measureOf(String sentence) {
        Article a = parsed("x", sentence);
        Measures.Measure m = Measures.of(a.text(), only(a));
        return m == null ? null : m.label();
    }

    private static Amount only(Article a) {
        List<Amount> amounts = PARSER.find(a.text());
        if (amounts.isEmpty()) {
            throw new AssertionError("no amount in: " + a.text());
        }
        return amounts.get(amounts.size() - 1);
    }

    private static Article parsed(String id, String text) {
        return PARSER.process(Fixtures.article(id, null, text));
    }
}
