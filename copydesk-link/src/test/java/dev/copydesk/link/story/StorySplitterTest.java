package dev.copydesk.link.story;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StorySplitterTest {
    /** The cosine of two single-feature unit vectors. */
    private static final StorySplitter.Similarity COSINE = (a, b) -> {
        Centroid c = new Centroid();
        c.add(b[0]);
        return c.cosine(a[0]);
    };

    private static TermVector[] unit(int... ids) {
        float[] w = new float[ids.length];
        java.util.Arrays.fill(w, (float) (1 / Math.sqrt(ids.length)));
        return new TermVector[] {new TermVector(ids, w)};
    }

    @Test
    void twoGroupsThatShareLittleComeApart() {
        List<TermVector[]> members = List.of(unit(1, 2, 3, 9), unit(4, 5, 6, 9), unit(1, 2, 3), unit(4, 5, 6, 7),
                unit(2, 3, 9));
        boolean[] second = StorySplitter.split(members, COSINE, 0.3);
        assertArrayEquals(new boolean[] {false, true, false, true, false}, second);
    }

    @Test
    void aStoryThatHoldsTogetherStaysWhole() {
        List<TermVector[]> members = List.of(unit(1, 2, 3, 4), unit(1, 2, 3, 5), unit(1, 2, 4, 5), unit(2, 3, 4, 5));
        assertNull(StorySplitter.split(members, COSINE, 0.3));
        assertNull(StorySplitter.split(members.subList(0, 1), COSINE, 0.3), "one member has nothing to split");
    }

    @Test
    void theBoundDecides() {
        List<TermVector[]> members = List.of(unit(1, 2, 3, 9), unit(4, 5, 6, 9), unit(1, 2, 3), unit(4, 5, 6));
        double across = 0.0625; // the four pairs across: 1/4 (term 9, in the first two only), 0, 0 and 0
        assertNull(StorySplitter.split(members, COSINE, across - 0.01));
        assertEquals(true, StorySplitter.split(members, COSINE, across + 0.01)[1]);
    }

    @Test
    void tooLargeAStoryIsLeftWhole() {
        List<TermVector[]> members = new ArrayList<>();
        for (int i = 0; i <= StorySplitter.MAX_MEMBERS; i++) {
            members.add(i % 2 == 0 ? unit(1, 2) : unit(3, 4));
        }
        assertNull(StorySplitter.split(members, COSINE, 0.5));
        assertEquals(true, StorySplitter.split(members.subList(0, 10), COSINE, 0.5)[1]);
    }

    private static final String QUAKE_A = "A strong earthquake struck near Velmora on Monday, collapsing houses in the "
            + "old town; rescuers in Velmora pulled survivors from the rubble, governor Ines Calder said.";
    private static final String QUAKE_A2 = "Rescuers searched the rubble of collapsed houses in Velmora after the "
            + "earthquake, and governor Ines Calder asked for tents and water for Velmora.";
    private static final String QUAKE_B = "A strong earthquake struck near Tarrow Bay on Monday, collapsing houses in the "
            + "harbour district; rescuers in Tarrow Bay pulled survivors from the rubble, mayor Oskar Brandt said.";
    private static final String QUAKE_B2 = "Rescuers searched the rubble of collapsed houses in Tarrow Bay after the "
            + "earthquake, and mayor Oskar Brandt asked for tents and water for Tarrow Bay.";

    private static Map<String, String> quakes(StorySettings settings) {
        StoryClusterer clusterer = new StoryClusterer(settings);
        List<StoryInput> inputs = List.of(
                new StoryInput("a1", null, "Earthquake hits Velmora", QUAKE_A, null),
                new StoryInput("b1", null, "Earthquake hits Tarrow Bay", QUAKE_B, null),
                new StoryInput("a2", null, "Velmora digs out after earthquake", QUAKE_A2, null),
                new StoryInput("b2", null, "Tarrow Bay digs out after earthquake", QUAKE_B2, null));
        clusterer.withPriorFrequencies(inputs);
        inputs.forEach(clusterer::add);
        return clusterer.assignments();
    }

    @Test
    void twoEarthquakesInDifferentPlacesThatJoinedOneStoryAreSplit() {
        // A low join threshold lets all four reports into one story; the split takes the two places apart.
        StorySettings joinAll = StorySettings.DEFAULTS.withThreshold(0.05).withMergeThreshold(0.05);
        Map<String, String> whole = quakes(joinAll.withSplitThreshold(0));
        assertEquals(1, whole.values().stream().distinct().count(), "without the split they share one story");

        Map<String, String> split = quakes(joinAll.withSplitThreshold(0.3));
        assertEquals(split.get("a1"), split.get("a2"));
        assertEquals(split.get("b1"), split.get("b2"));
        assertNotEquals(split.get("a1"), split.get("b1"));
        assertEquals("sa1", split.get("a1"), "the first story keeps its id");
        assertEquals("sb1", split.get("b1"), "the split-off story is named after its first member");
    }

    @Test
    void paraphrasesWithSharedNamesAreNotSplit() {
        StoryClusterer clusterer = new StoryClusterer(StorySettings.DEFAULTS.withSplitThreshold(0.3));
        clusterer.add(new StoryInput("a1", null, "Earthquake hits Velmora", QUAKE_A, null));
        clusterer.add(new StoryInput("a2", null, "Velmora digs out after earthquake", QUAKE_A2, null));
        clusterer.add(new StoryInput("a3", null, "Governor Ines Calder asks for tents after Velmora earthquake",
                QUAKE_A2 + " Ines Calder visited the old town of Velmora.", null));
        assertEquals(1, clusterer.assignments().values().stream().distinct().count());
    }

    @Test
    void theSecondStoryTakesTheIdOfItsFirstMemberThatNoStoryHolds() {
        java.util.Set<String> taken = new java.util.HashSet<>(List.of("sa", "sc"));
        boolean[] second = {false, true, true, false};
        // c moved in from a story sc that still stands: d names the new story.
        assertEquals("sd", StorySplitter.secondId("sa", List.of("a", "c", "d", "e"), second, taken));
        assertEquals(java.util.Set.of("sa", "sc", "sd"), taken);
        // The split story's own founder among the second group, and no other free id: a suffix.
        assertEquals("sa-2", StorySplitter.secondId("sa", List.of("x", "a", "c", "d"), new boolean[] {false, true, true, true}, taken));
        assertEquals("sa-3", StorySplitter.secondId("sa", List.of("x", "a"), new boolean[] {false, true}, taken));
    }
}
