package dev.copydesk.link.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryClustererTest {
    private static final String QUAKE_A_1 = "A magnitude 6.1 earthquake struck near Valparaiso, Chile on Monday, "
            + "collapsing houses in Vina del Mar and cutting power to the port of Valparaiso.";
    private static final String QUAKE_A_2 = "Houses collapsed in Vina del Mar after the Valparaiso earthquake; "
            + "Chilean officials restored power to the port of Valparaiso late on Monday.";
    private static final String QUAKE_B = "A magnitude 5.8 earthquake shook Hokkaido, Japan, on Thursday, "
            + "halting trains in Sapporo and damaging a dam near Tomakomai.";
    private static final String SHIP = "The shipyard in Gdansk launched a new icebreaker for the Finnish navy "
            + "after two years of welding and sea trials in the Baltic.";

    /** Earlier news that makes the vocabulary of earthquakes common, as a real stream does. */
    private static final List<String> BACKGROUND = List.of(
            "Scientists measure earthquake magnitude on a logarithmic scale; a magnitude 6 quake releases "
                    + "about 32 times the energy of a magnitude 5.",
            "An earthquake struck off the coast on Monday; no damage or injuries were reported.",
            "Houses in the valley were damaged by floods on Thursday and power was cut for a day.",
            "Trains were halted by a strike at the port; officials hope to restore service soon.");

    @Test
    void paraphrasesOfOneEventJoinOneStory() {
        StoryClusterer clusterer = new StoryClusterer();
        String first = clusterer.add("a1", null, "Earthquake hits Valparaiso", QUAKE_A_1);
        clusterer.add("x", null, "Gdansk launches icebreaker", SHIP);
        String second = clusterer.add("a2", null, "Valparaiso quake: power back at port", QUAKE_A_2);
        assertEquals("sa1", first);
        assertEquals(first, second);
        assertEquals(2, clusterer.storyCount());
    }

    @Test
    void twoEventsOfTheSameKindStayApart() {
        StoryClusterer clusterer = new StoryClusterer();
        for (int i = 0; i < BACKGROUND.size(); i++) {
            clusterer.add("bg" + i, null, null, BACKGROUND.get(i));
        }
        String chile = clusterer.add("a1", null, "Earthquake hits Valparaiso", QUAKE_A_1);
        clusterer.add("x", null, "Gdansk launches icebreaker", SHIP);
        String japan = clusterer.add("b1", null, "Hokkaido earthquake halts Sapporo trains", QUAKE_B);
        assertNotEquals(chile, japan);
        // The same vocabulary of earthquakes does not stop a report of the first event from joining it.
        assertEquals(chile, clusterer.add("a2", null, "Valparaiso quake: power back at port", QUAKE_A_2));
    }

    @Test
    void storiesCloseAfterTheWindow() {
        StoryClusterer clusterer = new StoryClusterer();
        Instant monday = Instant.parse("2024-03-04T10:00:00Z");
        String first = clusterer.add("a1", monday, "Earthquake hits Valparaiso", QUAKE_A_1);
        String soon = clusterer.add("a2", monday.plusSeconds(86_400),
                "Valparaiso quake: power back at port", QUAKE_A_2);
        assertEquals(first, soon);
        String late = clusterer.add("a3", monday.plusSeconds(86_400).plus(StoryClusterer.WINDOW).plusSeconds(3600),
                "Valparaiso quake: power back at port", QUAKE_A_2);
        assertEquals("sa3", late);
    }

    @Test
    void sameOrderGivesSameStories() {
        List<String> once = run();
        assertEquals(once, run());
        assertEquals(List.of("sa1", "sx", "sa1", "sb1"), once);
    }

    @Test
    void emptyArticlesStartTheirOwnStories() {
        StoryClusterer clusterer = new StoryClusterer();
        assertEquals("s1", clusterer.add("1", null, null, "the and of"));
        assertEquals("s2", clusterer.add("2", null, "", null));
    }

    @Test
    void rejectsThresholdsOutsideTheUnitInterval() {
        assertThrows(IllegalArgumentException.class, () -> new StoryClusterer(0));
        assertThrows(IllegalArgumentException.class, () -> new StoryClusterer(1.5));
    }

    @Test
    void stopWordsAreLeftOut() {
        assertEquals(List.of("quake", "hits", "chile"),
                new ArrayList<>(StoryTerms.of("The quake", "It hits Chile, and the", 2).keySet()));
    }

    private static List<String> run() {
        StoryClusterer clusterer = new StoryClusterer();
        List<String> ids = new ArrayList<>();
        ids.add(clusterer.add("a1", null, "Earthquake hits Valparaiso", QUAKE_A_1));
        ids.add(clusterer.add("x", null, "Gdansk launches icebreaker", SHIP));
        ids.add(clusterer.add("a2", null, "Valparaiso quake: power back at port", QUAKE_A_2));
        ids.add(clusterer.add("b1", null, "Earthquake hits Hokkaido", QUAKE_B));
        return ids;
    }
}
