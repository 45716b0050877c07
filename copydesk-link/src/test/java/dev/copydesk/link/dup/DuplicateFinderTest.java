package dev.copydesk.link.dup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DuplicateFinderTest {

    private static final List<String> ORIGINAL = NewsText.paragraphs(100, 5);
    private final DuplicateFinder finder = new DuplicateFinder();

    private static DupInput article(String id, String published, String title, List<String> paragraphs) {
        return new DupInput(id, published, title, NewsText.join(paragraphs));
    }

    private static List<String> with(List<String> paragraphs, Function<List<String>, Object> edit) {
        List<String> copy = new ArrayList<>(paragraphs);
        edit.apply(copy);
        return copy;
    }

    /** The original, its six kinds of copies, and two unrelated articles on the same topic words. */
    private static List<DupInput> corpus() {
        String day = "2026-03-0";
        List<DupInput> in = new ArrayList<>();
        in.add(article("orig", "2026-03-01T08:00:00Z", "Council approves budget", ORIGINAL));
        in.add(article("exact", day + "2", "Council approves budget", ORIGINAL));
        in.add(article("headline", day + "2", "Budget passes after long night", ORIGINAL));
        in.add(article("dropped", day + "3", "Council approves budget", with(ORIGINAL, p -> p.remove(2))));
        in.add(article("added", day + "3", "Council approves budget",
                with(ORIGINAL, p -> { p.add(3, NewsText.paragraphs(200, 1).get(0)); return p; })));
        in.add(article("boiler", day + "4", "Council approves budget",
                with(ORIGINAL, p -> p.add("Reporting by the city desk; editing by the wire service."))));
        in.add(article("edited", day + "4", "Council approves budget",
                with(ORIGINAL, p -> p.set(1, changeWords(p.get(1))))));
        in.add(article("other-1", "2026-03-01", "Council delays budget", NewsText.paragraphs(300, 5)));
        in.add(article("other-2", "2026-03-02", "Mayor defends budget", NewsText.paragraphs(301, 5)));
        return in;
    }

    private static String changeWords(String paragraph) {
        String[] words = paragraph.split(" ");
        words[3] = "sharply";
        words[9] = "reluctantly";
        words[15] = "quietly";
        return String.join(" ", words);
    }

    private Map<String, DuplicateLink> byId(List<DuplicateLink> links) {
        return links.stream().collect(Collectors.toMap(DuplicateLink::id, l -> l));
    }

    @Test
    void eachKindOfCopyLinksToTheOriginal() {
        Map<String, DuplicateLink> links = byId(finder.find(corpus()));
        DuplicateLink orig = links.get("orig");
        assertNull(orig.duplicateOf());
        assertEquals(List.of(), orig.differingParagraphs());

        assertLink(links.get("exact"), 1.0, 1.0, List.of());
        assertLink(links.get("headline"), 1.0, 1.0, List.of());
        assertLink(links.get("dropped"), 0.6, 0.9, List.of());
        assertLink(links.get("added"), 0.7, 0.9, List.of(3));
        assertLink(links.get("boiler"), 0.9, 0.99, List.of(5));
        assertLink(links.get("edited"), 0.75, 0.95, List.of(1));
    }

    private static void assertLink(DuplicateLink link, double min, double max, List<Integer> differing) {
        assertEquals("orig", link.duplicateOf(), link.id());
        assertTrue(link.similarity() >= min && link.similarity() <= max, link.id() + " similarity " + link.similarity());
        assertEquals(differing, link.differingParagraphs(), link.id());
    }

    @Test
    void unrelatedArticlesOnTheSameTopicStayApart() {
        Map<String, DuplicateLink> links = byId(finder.find(corpus()));
        assertNull(links.get("other-1").duplicateOf());
        assertNull(links.get("other-2").duplicateOf());
        long linkedToOthers = links.values().stream()
                .filter(l -> l.duplicateOf() != null && l.duplicateOf().startsWith("other")).count();
        assertEquals(0, linkedToOthers);
    }

    @Test
    void inputOrderDoesNotMatter() {
        List<DupInput> in = corpus();
        List<DuplicateLink> expected = finder.find(in);
        assertEquals(in.size(), expected.size());
        Random random = new Random(7);
        for (int round = 0; round < 5; round++) {
            List<DupInput> shuffled = new ArrayList<>(in);
            Collections.shuffle(shuffled, random);
            assertEquals(expected, finder.find(shuffled));
        }
        List<String> ids = expected.stream().map(DuplicateLink::id).toList();
        assertEquals(ids.stream().sorted().toList(), ids, "output sorted by id");
    }

    @Test
    void earliestPublishedIsTheOriginalWhateverItsId() {
        List<DuplicateLink> links = finder.find(List.of(
                article("a", "2026-03-02T01:00:00Z", "t", ORIGINAL),
                article("b", "2026-03-01T23:00:00-05:00", "t", ORIGINAL),
                article("c", "2026-03-01T12:00:00", "t", with(ORIGINAL, p -> p.remove(0)))));
        Map<String, DuplicateLink> byId = byId(links);
        assertNull(byId.get("c").duplicateOf());
        assertEquals("c", byId.get("a").duplicateOf());
        assertEquals("c", byId.get("b").duplicateOf());
        assertEquals(List.of(0), byId.get("a").differingParagraphs());
    }

    @Test
    void datedBeforeUndatedAndSmallestIdBreaksTies() {
        Map<String, DuplicateLink> links = byId(finder.find(List.of(
                article("a", null, "t", ORIGINAL),
                article("b", "not a date", "t", ORIGINAL),
                article("d", "2026-03-05", "t", ORIGINAL),
                article("c", "2026-03-05", "t", ORIGINAL))));
        assertNull(links.get("c").duplicateOf());
        assertEquals("c", links.get("a").duplicateOf());
        assertEquals("c", links.get("b").duplicateOf());
        assertEquals("c", links.get("d").duplicateOf());

        Map<String, DuplicateLink> undated = byId(finder.find(List.of(
                article("z", null, "t", ORIGINAL), article("m", null, "t", ORIGINAL))));
        assertNull(undated.get("m").duplicateOf());
        assertEquals("m", undated.get("z").duplicateOf());
    }

    @Test
    void shortTextsLinkOnlyAsExactCopies() {
        Map<String, DuplicateLink> links = byId(finder.find(List.of(
                new DupInput("s1", null, "t", "Markets closed."),
                new DupInput("s2", null, "t", "MARKETS -- closed!"),
                new DupInput("s3", null, "t", "Markets closed higher."),
                new DupInput("e1", null, "t", "  "),
                new DupInput("e2", null, "t", null))));
        assertEquals("s1", links.get("s2").duplicateOf());
        assertEquals(1.0, links.get("s2").similarity());
        assertNull(links.get("s3").duplicateOf());
        assertNull(links.get("e1").duplicateOf());
        assertNull(links.get("e2").duplicateOf());
    }

    @Test
    void aCopyCutToItsFirstHalfLinksByContainment() {
        List<String> longer = NewsText.paragraphs(400, 8);
        long[] whole = Shingles.of(NewsText.join(longer));
        long[] half = Shingles.of(NewsText.join(longer.subList(0, 5)));
        assertTrue(Shingles.jaccard(whole, half) < DuplicateFinder.JACCARD_THRESHOLD, "below Jaccard threshold");
        Map<String, DuplicateLink> links = byId(finder.find(List.of(
                article("full", "2026-05-01", "t", longer),
                article("cut", "2026-05-02", "t", longer.subList(0, 5)),
                article("tail", "2026-05-03", "t", longer.subList(5, 8)))));
        assertEquals("full", links.get("cut").duplicateOf());
        assertEquals(List.of(), links.get("cut").differingParagraphs());
        assertTrue(links.get("cut").similarity() < DuplicateFinder.JACCARD_THRESHOLD);
        assertNull(links.get("tail").duplicateOf(), "three of eight paragraphs is not a copy");
    }

    @Test
    void aDigestQuotingArticlesWholeDoesNotChainThem() {
        List<String> a = NewsText.paragraphs(600, 3);
        List<String> b = NewsText.paragraphs(601, 3);
        List<String> c = NewsText.paragraphs(602, 3);
        List<String> digest = new ArrayList<>(a);
        digest.addAll(b);
        digest.addAll(c);
        List<DuplicateLink> links = finder.find(List.of(
                article("a", "2026-05-01", "t", a), article("b", "2026-05-01", "t", b),
                article("c", "2026-05-01", "t", c), article("digest", "2026-04-30", "t", digest)));
        assertEquals(List.of(), links.stream().filter(DuplicateLink::isDuplicate).toList());
    }

    @Test
    void sharingOneParagraphIsNotACopy() {
        List<String> a = NewsText.paragraphs(500, 5);
        List<String> b = with(NewsText.paragraphs(501, 5), p -> p.set(2, a.get(2)));
        Map<String, DuplicateLink> links = byId(finder.find(List.of(
                article("a", "2026-05-01", "t", a), article("b", "2026-05-02", "t", b))));
        assertNull(links.get("b").duplicateOf());
    }

    @Test
    void duplicateIdsAreRejected() {
        DupInput a = article("x", null, "t", ORIGINAL);
        assertThrows(IllegalArgumentException.class, () -> finder.find(List.of(a, a)));
    }

    @Test
    void paragraphsSplitOnBlankLines() {
        assertEquals(List.of("one\ntwo", "three", "four"),
                DuplicateFinder.paragraphs("one\ntwo\n\nthree\r\n  \r\nfour\n\n\n"));
    }

    @Test
    void twoThousandDistinctArticlesGiveNoLinks() {
        List<DupInput> in = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            in.add(article(String.format("n%04d", i), "2026-01-01", "Budget", NewsText.paragraphs(10_000 + i, 4)));
        }
        List<DuplicateLink> links = finder.find(in);
        assertEquals(2000, links.size());
        List<String> linked = links.stream().filter(DuplicateLink::isDuplicate).map(DuplicateLink::id).toList();
        assertEquals(List.of(), linked);
    }
}
