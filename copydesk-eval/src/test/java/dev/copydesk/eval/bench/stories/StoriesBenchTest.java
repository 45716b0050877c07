package dev.copydesk.eval.bench.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.Article;
import dev.copydesk.link.dup.Shingles;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoriesBenchTest {
    private final StoryCorpus corpus = StoryCorpus.synthetic(7);

    @Test
    void theCorpusIsAPureFunctionOfSeedAndIndex() {
        Article a = corpus.article(12);
        assertEquals(a.text(), StoryCorpus.synthetic(7).article(12).text());
        assertEquals(a.title(), StoryCorpus.synthetic(7).article(12).title());
        assertNotEquals(a.text(), StoryCorpus.synthetic(8).article(12).text());
        assertEquals("a0000012", a.id());
        assertEquals(StoryCorpus.START.plusSeconds(2 * 20 * 60 + 2 * 2 * 3600), Instant.parse(a.published()));
    }

    @Test
    void eachEventHasALeadTwoOtherReportsAndTwoCopies() {
        List<String> lead = Shingles.words(corpus.article(5).text());
        List<String> copy = Shingles.words(corpus.article(8).text());
        assertEquals(lead, copy.subList(0, lead.size()), "the syndicated copy starts with the lead's words");
        assertTrue(copy.size() > lead.size());
        String second = corpus.article(6).text();
        String cut = corpus.article(9).text();
        assertEquals(second.split("\n\n").length - 1, cut.split("\n\n").length);
        double otherWriter = Shingles.jaccard(Shingles.of(corpus.article(5).text()), Shingles.of(corpus.article(7).text()));
        assertTrue(otherWriter < 0.2, "another writer is not a copy: " + otherWriter);
    }

    @Test
    void aRunLinksEveryArticleAndFindsTheCopies() {
        StoriesBenchReport.Row row = StoriesBench.run(corpus, 50, line -> { });
        assertEquals(50, row.articles());
        assertEquals(20, row.duplicates());
        assertTrue(row.stories() >= 10 && row.stories() <= 30, "stories " + row.stories());
        assertTrue(row.cpuSeconds() > 0 && row.cpuSeconds() <= row.seconds() * 1.01 + 0.01, row.toString());
        assertTrue(row.retainedHeap() > 0 && row.peakHeap() >= row.retainedHeap() / 2);
        assertEquals(row, StoriesBenchReport.Row.parse(row.toLine()));
        assertThrows(IllegalArgumentException.class, () -> StoriesBench.run(corpus, 0, line -> { }));
    }

    @Test
    void theTableShowsTheGrowthOfTheTimePerArticle() {
        StoriesBenchReport report = new StoriesBenchReport("invented words", List.of(
                new StoriesBenchReport.Row(1000, 1.0, 0.5, 200, 400, 100 << 20, 50 << 20, 2048L << 20),
                new StoriesBenchReport.Row(4000, 6.0, 2.4, 800, 1600, 300 << 20, 150 << 20, 2048L << 20)), true);
        assertEquals(1.5, report.growth(), 1e-9);
        assertEquals(1.2, report.cpuGrowth(), 1e-9);
        String text = report.table().render();
        assertTrue(text.contains("each size in a JVM of its own; time per article, largest size over smallest: 1.50x wall-clock, 1.20x CPU"), text);
        assertTrue(text.contains("   4,000      6.0         667        1500             600      800       1,600           300          150         2048"), text);
    }
}
