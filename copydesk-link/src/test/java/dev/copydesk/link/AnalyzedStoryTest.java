package dev.copydesk.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.annotate.EntityType;
import dev.copydesk.core.Article;
import dev.copydesk.link.figures.FigureComparison;
import dev.copydesk.link.figures.FigureGroup;
import dev.copydesk.link.figures.FigureReport;
import dev.copydesk.link.lineage.QuoteLineage;
import dev.copydesk.link.lineage.QuoteThread;
import dev.copydesk.link.lineage.QuoteVersion;
import dev.copydesk.link.names.NameResolution;
import dev.copydesk.link.names.NameResolver;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The three comparisons over a real analysis: {@code kessel-story.jsonl} holds four synthetic reports of one
 * flood, and {@code kessel-story.analyzed.jsonl} is what {@code copydesk analyze kessel-story.jsonl} wrote
 * for them (regenerate it with that command when the annotators change).
 */
class AnalyzedStoryTest {
    private static final List<Article> STORY = AnalyzedArticles.read(AnalyzedStoryTest.class,
            "kessel-story.analyzed.jsonl");

    @Test
    void theDeathTollDisagreesAcrossAllFourOutlets() {
        List<FigureGroup> groups = FigureComparison.compare(STORY, AnalyzedArticles::outlet);
        FigureGroup killed = groups.get(0);
        assertEquals("people killed", killed.measure());
        assertEquals(4, killed.outlets());
        assertEquals(List.of(14.0, 15.0, 14.0, 14.0), killed.reports().stream().map(FigureReport::value).toList());
        assertEquals(List.of("wire.example", "dailyplanet.example", "tabloid.example", "weekly.example"),
                killed.reports().stream().map(FigureReport::outlet).toList());
        assertTrue(killed.disagreement());
        FigureGroup evacuated = find(groups, "residents evacuated");
        assertEquals(List.of(2400.0, 2400.0, 2600.0), evacuated.reports().stream().map(FigureReport::value).toList());
        assertTrue(evacuated.disagreement());
        FigureGroup homes = find(groups, "homes");
        assertEquals(2, homes.reports().size());
        assertFalse(homes.disagreement());
    }

    @Test
    void theMayorsQuoteIsFollowedFromTheWire() {
        List<QuoteThread> threads = QuoteLineage.trace(STORY, AnalyzedArticles::outlet);
        QuoteThread mayor = threads.get(0);
        assertEquals("wire-1", mayor.firstArticle());
        assertEquals("wire.example", mayor.firstOutlet());
        assertEquals(List.of("wire-1", "daily-1", "tabloid-1", "weekly-1"),
                mayor.versions().stream().map(QuoteVersion::articleId).toList());
        assertEquals(List.of("identical", "trimmed", "altered", "trimmed"),
                mayor.versions().stream().map(QuoteVersion::kind).toList());
        assertEquals("Kovalenko", mayor.versions().get(2).speaker(), "the tabloid's own attribution");
    }

    @Test
    void theMayorHasOneName() {
        Map<String, NameResolution> names = NameResolver.resolve(STORY, a -> "kessel");
        NameResolution r = names.get(NameResolver.key(EntityType.PERSON, "Kovalenko"));
        assertEquals("Maria Kovalenko", r.resolved());
        assertEquals("surname of the only PERSON named …Kovalenko in its story", r.how());
    }

    private static FigureGroup find(List<FigureGroup> groups, String measure) {
        return groups.stream().filter(g -> g.measure().equals(measure)).findFirst()
                .orElseThrow(() -> new AssertionError("no group '" + measure + "' in " + groups));
    }
}
