package dev.copydesk.link.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.annotate.Entity;
import dev.copydesk.annotate.EntityType;
import dev.copydesk.annotate.Layers;
import dev.copydesk.core.Article;
import dev.copydesk.core.Layer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryClustererFeaturesTest {
    private static final String REHAB_A_1 = "Actress Dana Merrow checked into the Harbor Light treatment centre on "
            + "Tuesday, her publicist Tom Wexley said, asking for privacy for her family.";
    private static final String REHAB_A_2 = "Dana Merrow has entered Harbor Light for treatment, publicist Tom Wexley "
            + "confirmed; the actress will stay at the centre for thirty days.";
    private static final String REHAB_B_1 = "Singer Colin Ardell checked into the Pine Ridge treatment centre on "
            + "Friday, his manager Ruth Kessel said, asking for privacy for his family.";
    private static final String REHAB_B_2 = "Colin Ardell entered Pine Ridge for treatment, manager Ruth Kessel "
            + "confirmed; the singer will stay at the centre for sixty days.";

    @Test
    void twoRehabStoriesWithDifferentPeopleStayApart() {
        StoryClusterer clusterer = new StoryClusterer();
        List<StoryInput> inputs = List.of(
                new StoryInput("a1", null, "Dana Merrow enters rehab", REHAB_A_1, null),
                new StoryInput("b1", null, "Colin Ardell enters rehab", REHAB_B_1, null),
                new StoryInput("a2", null, "Merrow in treatment at Harbor Light", REHAB_A_2, null),
                new StoryInput("b2", null, "Ardell in treatment at Pine Ridge", REHAB_B_2, null));
        clusterer.withPriorFrequencies(inputs);
        inputs.forEach(clusterer::add);
        Map<String, String> stories = clusterer.assignments();
        assertEquals(stories.get("a1"), stories.get("a2"));
        assertEquals(stories.get("b1"), stories.get("b2"));
        assertNotEquals(stories.get("a1"), stories.get("b1"));
        assertEquals("sa1", stories.get("a1"));
        assertEquals("sb1", stories.get("b1"));
    }

    @Test
    void entityNamesFromTheLayerLinkArticlesThatShareFewWords() {
        String first = "The vote passed late in the evening after a long debate about the harbour budget.";
        String second = "Opponents walked out before the ballot, calling the spending plan reckless.";
        List<String> names = List.of("Maria Santos", "Porto Velho Council", "Maria Santos");
        StorySettings namesCount = StorySettings.DEFAULTS.withWeights(1, 0, 3, 0).withMergeThreshold(1);
        StoryClusterer withNames = new StoryClusterer(namesCount);
        String story = withNames.add(new StoryInput("x1", null, null, first, names));
        assertEquals(story, withNames.add(new StoryInput("x2", null, null, second, names)));

        StoryClusterer withoutNames = new StoryClusterer(namesCount);
        String alone = withoutNames.add(new StoryInput("x1", null, null, first, List.of()));
        assertNotEquals(alone, withoutNames.add(new StoryInput("x2", null, null, second, List.of())));
    }

    @Test
    void anAnalysedArticleGivesItsCanonicalNames() {
        String text = "Santos said the council would meet again.";
        Article analysed = Article.builder().id("a").source("a.txt").title("Council vote").published("2024-03-05")
                .text(text)
                .layer(Layer.of(Layers.ENTITIES, List.of(
                        new Entity(0, 6, "Santos", EntityType.PERSON, "Maria Santos")), text.length()))
                .build();
        StoryInput in = StoryInput.of(analysed);
        assertEquals(List.of("Maria Santos"), in.entities());
        assertEquals(Instant.parse("2024-03-05T00:00:00Z"), in.published());
        assertEquals("Council vote", in.title());

        StoryInput plain = StoryInput.of(Article.builder().id("b").source("b.txt").published("soon").text(text).build());
        assertNull(plain.entities(), "no layer: the clusterer falls back to capitalised words");
        assertNull(plain.published());
    }

    @Test
    void capitalisedRunsAreNamesUnlessOneWordOpensASentence() {
        List<String> names = CapitalisedNames.of("Officials in Porto Velho said Maria Santos won.\n"
                + "Santos thanked voters. The mayor of Recife called her.\nLindsay Lohan was not there.");
        assertEquals(List.of("Porto Velho", "Maria Santos", "Recife", "Lindsay Lohan"), names);
        assertEquals(List.of(), CapitalisedNames.of(null));
    }

    @Test
    void closeStoriesMergeAtTheEndAndTheOlderIdSurvives() {
        StorySettings strict = StorySettings.DEFAULTS.withThreshold(0.95).withMergeThreshold(0.3).withReassign(false);
        StoryClusterer clusterer = new StoryClusterer(strict);
        String first = clusterer.add(new StoryInput("a1", null, "Dana Merrow enters rehab", REHAB_A_1, null));
        String second = clusterer.add(new StoryInput("a2", null, "Merrow in treatment at Harbor Light", REHAB_A_2, null));
        String other = clusterer.add("s1", null, "Gdansk launches icebreaker",
                "The shipyard in Gdansk launched a new icebreaker for the Finnish navy.");
        assertNotEquals(first, second, "apart at arrival: the join threshold is strict");
        assertEquals(3, clusterer.storyCount());
        Map<String, String> merged = clusterer.assignments();
        assertEquals("sa1", merged.get("a1"));
        assertEquals("sa1", merged.get("a2"));
        assertEquals(other, merged.get("s1"));
        List<StoryGroup> stories = clusterer.stories();
        assertEquals(2, stories.size());
        assertEquals(List.of("a1", "a2"), stories.get(0).articles());
        assertTrue(List.of("Dana Merrow enters rehab", "Merrow in treatment at Harbor Light")
                .contains(stories.get(0).label()), stories.get(0).label());

        StoryClusterer noMerge = new StoryClusterer(strict.withMergeThreshold(1));
        noMerge.add(new StoryInput("a1", null, "Dana Merrow enters rehab", REHAB_A_1, null));
        noMerge.add(new StoryInput("a2", null, "Merrow in treatment at Harbor Light", REHAB_A_2, null));
        assertEquals(2, noMerge.stories().size());
    }

    @Test
    void theSecondLookMovesAnEarlyArticleToTheStoryThatFormedAfterIt() {
        // "a2" arrives when only the short "a1" is there; at a strict threshold it stays alone at arrival.
        StorySettings settings = StorySettings.DEFAULTS.withThreshold(0.35).withMergeThreshold(1);
        List<StoryInput> inputs = List.of(
                new StoryInput("a1", null, "Harbor Light", "Dana Merrow", null),
                new StoryInput("a2", null, "Dana Merrow enters rehab", REHAB_A_1, null),
                new StoryInput("a3", null, "Merrow in treatment at Harbor Light", REHAB_A_2, null),
                new StoryInput("a4", null, "Actress Dana Merrow in treatment", REHAB_A_1 + " " + REHAB_A_2, null));
        StoryClusterer withLook = new StoryClusterer(settings);
        StoryClusterer without = new StoryClusterer(settings.withReassign(false));
        for (StoryInput in : inputs) {
            withLook.add(in);
            without.add(in);
        }
        long storiesWith = withLook.assignments().values().stream().distinct().count();
        long storiesWithout = without.assignments().values().stream().distinct().count();
        assertTrue(storiesWith <= storiesWithout, storiesWith + " vs " + storiesWithout);
        assertEquals(1, storiesWith, withLook.assignments().toString());
    }

    @Test
    void theLabelIsTheHeaviestWordsWhenNoArticleHasATitle() {
        StoryClusterer clusterer = new StoryClusterer();
        clusterer.add("a1", null, null, REHAB_A_1);
        String label = clusterer.stories().get(0).label();
        assertTrue(label.split(" ").length >= 3 && label.split(" ").length <= 5, label);
        assertTrue(REHAB_A_1.toLowerCase(java.util.Locale.ROOT).contains(label.split(" ")[0]), label);
    }

    @Test
    void theSameOrderGivesTheSameStories() {
        List<StoryInput> inputs = List.of(
                new StoryInput("a1", null, "Dana Merrow enters rehab", REHAB_A_1, null),
                new StoryInput("b1", null, "Colin Ardell enters rehab", REHAB_B_1, null),
                new StoryInput("a2", null, "Merrow in treatment at Harbor Light", REHAB_A_2, null),
                new StoryInput("b2", null, "Ardell in treatment at Pine Ridge", REHAB_B_2, null));
        List<Object> once = run(inputs);
        assertEquals(once, run(inputs));
        assertEquals(once, run(inputs));
    }

    @Test
    void oddInputsDoNotFail() {
        StoryClusterer clusterer = new StoryClusterer();
        StringBuilder big = new StringBuilder(1 << 20);
        java.util.Random random = new java.util.Random(7);
        while (big.length() < 1 << 20) {
            big.append("word").append(random.nextInt(50_000)).append(random.nextInt(10) == 0 ? ". " : " ")
                    .append(random.nextInt(20) == 0 ? "Porto Velho " : "");
        }
        List<String> ids = new ArrayList<>();
        ids.add(clusterer.add(new StoryInput("empty", null, null, "", null)));
        ids.add(clusterer.add(new StoryInput("nulls", null, null, null, null)));
        ids.add(clusterer.add(new StoryInput("one", null, null, "earthquake", null)));
        ids.add(clusterer.add(new StoryInput("untitled", Instant.EPOCH, null, REHAB_A_1, List.of())));
        ids.add(clusterer.add(new StoryInput("big", null, "A long one", big.toString(), null)));
        ids.add(clusterer.add(new StoryInput("names", null, null, "x", List.of("", " ", "A", "Maria Santos"))));
        assertEquals(List.of("sempty", "snulls", "sone", "suntitled", "sbig", "snames"), ids);
        assertEquals(6, clusterer.assignments().size());
        assertEquals(6, clusterer.stories().stream().mapToInt(s -> s.articles().size()).sum());
        assertEquals("empty", clusterer.stories().get(0).label());
    }

    @Test
    void priorFrequenciesClusterNothing() {
        StoryClusterer clusterer = new StoryClusterer().withPriorFrequencies(List.of(
                new StoryInput("a1", null, null, REHAB_A_1, null), new StoryInput("b1", null, null, REHAB_B_1, null)));
        assertEquals(0, clusterer.storyCount());
        assertTrue(clusterer.assignments().isEmpty());
        assertTrue(clusterer.stories().isEmpty());
    }

    private static List<Object> run(List<StoryInput> inputs) {
        StoryClusterer clusterer = new StoryClusterer();
        List<Object> out = new ArrayList<>();
        for (StoryInput in : inputs) {
            out.add(clusterer.add(in));
        }
        out.add(clusterer.assignments());
        out.add(clusterer.stories());
        return out;
    }
}
