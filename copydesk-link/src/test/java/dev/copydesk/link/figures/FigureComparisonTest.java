package dev.copydesk.link.figures;

import static dev.copydesk.link.Fixtures.a;
import static dev.copydesk.link.Fixtures.article;
import static dev.copydesk.link.Fixtures.withAmounts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.Article;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class FigureComparisonTest {
    private static final Map<String, String> OUTLETS = Map.of("a1", "alpha.example", "a2", "beta.example",
            "a3", "gamma.example", "a4", "alpha.example");
    private static final Function<Article, String> OUTLET = a -> OUTLETS.get(a.id());

    private static final Article A1 = withAmounts(article("a1", "2024-03-04",
                    "At least 14 people were killed and 30 injured when the bridge fell, police said. "
                            + "The repairs will cost £2m."),
            a("14", 14, null, "people"), a("30", 30, null, null), a("£2m", 2e6, "GBP", "repairs"));
    private static final Article A2 = withAmounts(article("a2", "2024-03-05",
                    "The collapse left 15 dead. Officials said 30 people were injured. Repairs: a £2.0m bill."),
            a("15", 15, null, "dead"), a("30", 30, null, "people"), a("£2.0m", 2e6, "GBP", null));
    private static final Article A3 = withAmounts(article("a3", null,
                    "The death toll rose to 14 on Tuesday. Some 31 people were injured."),
            a("14", 14, null, null), a("31", 31, null, "people"));

    @Test
    void synonymousEventsAreOneMeasureAcrossArticles() {
        List<FigureGroup> groups = FigureComparison.compare(List.of(A1, A2, A3), OUTLET);
        FigureGroup killed = group(groups, "people killed");
        assertEquals(List.of("a1", "a2", "a3"), killed.reports().stream().map(FigureReport::articleId).toList());
        assertEquals(List.of(14.0, 15.0, 14.0), killed.reports().stream().map(FigureReport::value).toList());
        assertTrue(killed.disagreement(), "14 and 15 killed differ");
        FigureReport second = killed.reports().get(1);
        assertEquals("beta.example", second.outlet());
        assertEquals("2024-03-05", second.published());
        assertEquals("15", A2.text().substring(second.start(), second.end()));
        assertEquals("15", second.text());
        assertEquals(3, killed.outlets());
    }

    @Test
    void valuesWithinRoundingAgree() {
        List<FigureGroup> groups = FigureComparison.compare(List.of(A1, A2), OUTLET);
        FigureGroup injured = group(groups, "people injured");
        assertEquals(2, injured.reports().size());
        assertFalse(injured.disagreement());
        // "30" and "31" injured: not a rounding of one another when both are counts this small.
        assertTrue(group(FigureComparison.compare(List.of(A1, A3), OUTLET), "people injured").disagreement());
    }

    @Test
    void anAmountWithoutObjectOrEventHasNoMeasure() {
        // A2's £2.0m has no object: it is not set against A1's repairs.
        List<FigureGroup> groups = FigureComparison.compare(List.of(A1, A2), OUTLET);
        assertTrue(groups.stream().noneMatch(g -> "GBP".equals(g.unit())));
    }

    @Test
    void unitsKeepMeasuresApart() {
        Article pounds = withAmounts(article("a1", "2024-03-04", "Body armour has soared to £1,115."),
                a("£1,115", 1115, "GBP", "body armour"));
        Article dollars = withAmounts(article("a2", "2024-03-04", "Body armour now costs $1,400."),
                a("$1,400", 1400, "USD", "body armour"));
        Article pounds2 = withAmounts(article("a3", "2024-03-05", "Body armour costs about £1,100."),
                a("£1,100", 1100, "GBP", "Body armour"));
        List<FigureGroup> groups = FigureComparison.compare(List.of(pounds, dollars, pounds2), OUTLET);
        assertEquals(1, groups.size(), groups.toString());
        FigureGroup g = groups.get(0);
        assertEquals("body armour", g.measure());
        assertEquals("GBP", g.unit());
        assertFalse(g.disagreement(), "about £1,100 is £1,115 rounded");
        Article exact = withAmounts(article("a3", "2024-03-05", "Body armour costs £1,100."),
                a("£1,100", 1100, "GBP", "Body armour"));
        assertTrue(FigureComparison.compare(List.of(pounds, exact), OUTLET).get(0).disagreement(),
                "£1,100 stated exactly is not £1,115");
    }

    @Test
    void pluralsAndSynonymNounsAreOneMeasure() {
        Article x = withAmounts(article("a1", null, "Police mobilised 300,000 reservists."),
                a("300,000", 300_000, null, "reservists"));
        Article y = withAmounts(article("a2", null, "About 300,000 reservist were conscripted."),
                a("300,000", 300_000, null, "reservist"));
        Article z = withAmounts(article("a3", null, "Some 298,500 persons were mobilized."),
                a("298,500", 298_500, null, "persons"));
        Article w = withAmounts(article("a4", null, "They mobilised 300,000 people in a week."),
                a("300,000", 300_000, null, "people"));
        List<FigureGroup> groups = FigureComparison.compare(List.of(x, y, z, w), OUTLET);
        FigureGroup reservists = group(groups, "reservists mobilised");
        assertEquals(2, reservists.reports().size());
        FigureGroup people = group(groups, "persons mobilised");
        assertEquals(List.of("a3", "a4"), people.reports().stream().map(FigureReport::articleId).toList());
        assertFalse(people.disagreement());
    }

    @Test
    void onlySharedOrConflictingFiguresAreReturnedMostOutletsFirst() {
        Article alone = withAmounts(article("a1", null, "Some 40 boats sank, and 40 boats sank again."),
                a("40", 40, null, "boats"), a("40", 40, null, "boats"));
        Article self = withAmounts(article("a2", null, "There were 12 lorries. Later, 19 lorries."),
                a("12", 12, null, "lorries"), a("19", 19, null, "lorries"));
        List<FigureGroup> groups = FigureComparison.compare(List.of(alone, self, A1, A2, A3), OUTLET);
        assertTrue(groups.stream().noneMatch(g -> g.measure().equals("boats")), "one article, one value");
        FigureGroup lorries = group(groups, "lorries");
        assertTrue(lorries.disagreement());
        assertEquals(3, groups.get(0).outlets());
        assertEquals(lorries, groups.get(groups.size() - 1));
        for (int i = 1; i < groups.size(); i++) {
            assertTrue(groups.get(i - 1).outlets() >= groups.get(i).outlets());
        }
    }

    @Test
    void agesAreNotCompared() {
        Article x = withAmounts(article("a1", null, "The 43-year-old spoke."), a("43-year-old", 43, "year", "age"));
        Article y = withAmounts(article("a2", null, "The 61-year-old spoke."), a("61-year-old", 61, "year", "age"));
        assertEquals(List.of(), FigureComparison.compare(List.of(x, y), OUTLET));
    }

    @Test
    void theResultDoesNotDependOnArticleOrder() {
        List<Article> articles = new ArrayList<>(List.of(A1, A2, A3));
        List<FigureGroup> first = FigureComparison.compare(articles, OUTLET);
        Collections.reverse(articles);
        assertEquals(first, FigureComparison.compare(articles, OUTLET));
        assertEquals(List.of(), FigureComparison.compare(List.of(article("n", null, "No layers here.")), OUTLET));
    }

    private static FigureGroup group(List<FigureGroup> groups, String measure) {
        return groups.stream().filter(g -> g.measure().equals(measure)).findFirst()
                .orElseThrow(() -> new AssertionError("no group '" + measure + "' in " + groups));
    }
}
