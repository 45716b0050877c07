package dev.copydesk.link.dup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateIndexTest {
    private static final String TEXT = NewsText.join(NewsText.paragraphs(900, 5));

    private static Fingerprint fp(String id, String published, String text) {
        return Fingerprint.of(new DupInput(id, published, null, text));
    }

    @Test
    void linksComeInArrivalOrderAndMatchTheBatchFinder() {
        List<DupInput> inputs = List.of(
                new DupInput("z", "2026-01-02", null, TEXT),
                new DupInput("a", "2026-01-03", null, TEXT + "\n\nRead more: the city desk."),
                new DupInput("m", "2026-01-01", null, NewsText.join(NewsText.paragraphs(901, 5))));
        DuplicateIndex index = new DuplicateIndex();
        inputs.forEach(in -> index.add(Fingerprint.of(in)));
        List<DuplicateLink> links = index.links();
        assertEquals(List.of("z", "a", "m"), links.stream().map(DuplicateLink::id).toList());
        assertNull(links.get(0).duplicateOf());
        assertEquals("z", links.get(1).duplicateOf());
        assertEquals(List.of(5), links.get(1).differingParagraphs());
        assertNull(links.get(2).duplicateOf());
        List<DuplicateLink> batch = new DuplicateFinder().find(inputs);
        assertEquals(links.stream().sorted((x, y) -> x.id().compareTo(y.id())).toList(), batch);
    }

    @Test
    void tenThousandCopiesOfOneTextStayCheap() {
        DuplicateIndex index = new DuplicateIndex();
        for (int i = 0; i < 10_000; i++) {
            index.add(fp(String.format("x%05d", i), null, TEXT));
        }
        for (int i = 0; i < 2_000; i++) {
            index.add(fp(String.format("y%05d", i), null, TEXT + "\n\nThis story was provided by wire " + i + "."));
        }
        index.add(fp("empty", null, ""));
        index.add(fp("word", null, "Word."));
        index.add(fp("huge", null, NewsText.join(NewsText.paragraphs(904, 40_000))));
        List<DuplicateLink> links = index.links();
        assertEquals(12_003, links.size());
        assertEquals(11_999, links.stream().filter(l -> "x00000".equals(l.duplicateOf())).count());
        assertTrue(links.stream().skip(12_000).noneMatch(DuplicateLink::isDuplicate));
    }

    @Test
    void theSameIdTwiceIsRefused() {
        DuplicateIndex index = new DuplicateIndex();
        index.add(fp("a", null, TEXT));
        assertThrows(IllegalArgumentException.class, () -> index.add(fp("a", null, "other")));
    }

    @Test
    void compactShinglesKeepTheJaccardOfTheFullHashes() {
        List<String> paragraphs = new ArrayList<>(NewsText.paragraphs(902, 6));
        long[] a = Shingles.of(NewsText.join(paragraphs));
        paragraphs.set(1, NewsText.paragraphs(903, 1).get(0));
        long[] b = Shingles.of(NewsText.join(paragraphs));
        assertEquals(Shingles.jaccard(a, b), Shingles.jaccard(Shingles.compact(a), Shingles.compact(b)), 0.01);
        assertEquals(a.length, Shingles.compact(a).length);
    }
}
