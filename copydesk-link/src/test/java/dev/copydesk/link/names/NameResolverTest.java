package dev.copydesk.link.names;

import static dev.copydesk.annotate.EntityType.LOCATION;
import static dev.copydesk.annotate.EntityType.NORP;
import static dev.copydesk.annotate.EntityType.ORGANIZATION;
import static dev.copydesk.annotate.EntityType.PERSON;
import static dev.copydesk.link.Fixtures.article;
import static dev.copydesk.link.Fixtures.e;
import static dev.copydesk.link.Fixtures.withEntities;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.Article;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NameResolverTest {
    private static final Article FULL = withEntities(article("a1", "2024-05-01",
                    "Donald Trump spoke in Ohio. Trump said the rally was large."),
            e("Donald Trump", PERSON, "Donald Trump"), e("Ohio", LOCATION, "Ohio"),
            e("Trump", PERSON, "Donald Trump"));
    private static final Article SHORT = withEntities(article("a2", "2024-05-02",
                    "Trump returned to Ohio on Friday."),
            e("Trump", PERSON, "Trump"), e("Ohio", LOCATION, "Ohio"));

    @Test
    void aSurnameGoesToTheOnlyFullNameInTheCorpus() {
        Map<String, NameResolution> names = NameResolver.resolve(List.of(FULL, SHORT));
        NameResolution trump = names.get(NameResolver.key(PERSON, "Trump"));
        assertEquals("Donald Trump", trump.resolved());
        assertEquals("surname of the only PERSON named …Trump in the corpus", trump.how());
        assertTrue(trump.changed());
        NameResolution full = names.get(NameResolver.key(PERSON, "Donald Trump"));
        assertEquals("Donald Trump", full.resolved());
        assertFalse(full.changed());
        assertEquals("Ohio", names.get(NameResolver.key(LOCATION, "Ohio")).resolved());
    }

    @Test
    void twoFullNamesMakeASurnameAmbiguous() {
        Article jane = withEntities(article("b1", null, "Jane Smith won."), e("Jane Smith", PERSON, "Jane Smith"));
        Article john = withEntities(article("b2", null, "John Smith lost."), e("John Smith", PERSON, "John Smith"));
        Article smith = withEntities(article("b3", null, "Smith spoke."), e("Smith", PERSON, "Smith"));
        NameResolution r = NameResolver.resolve(List.of(jane, john, smith)).get(NameResolver.key(PERSON, "Smith"));
        assertEquals("Smith", r.resolved());
        assertTrue(r.ambiguous());
        assertEquals("ambiguous: 2 PERSON names end in Smith in the corpus (Jane Smith, John Smith)", r.how());
    }

    @Test
    void theStoryDecidesBeforeTheCorpus() {
        Article jane = withEntities(article("b1", null, "Jane Smith won."), e("Jane Smith", PERSON, "Jane Smith"));
        Article john = withEntities(article("b2", null, "John Smith lost."), e("John Smith", PERSON, "John Smith"));
        Article smith = withEntities(article("b3", null, "Smith spoke."), e("Smith", PERSON, "Smith"));
        Map<String, String> stories = Map.of("b1", "sJane", "b2", "sJohn", "b3", "sJohn");
        Map<String, NameResolution> names = NameResolver.resolve(List.of(jane, john, smith),
                a -> stories.get(a.id()));
        NameResolution inStory = names.get(NameResolver.key("sJohn", PERSON, "Smith"));
        assertEquals("John Smith", inStory.resolved());
        assertEquals("surname of the only PERSON named …Smith in its story", inStory.how());
        // Seen in one story only, the plain key carries the story's answer.
        assertEquals("John Smith", names.get(NameResolver.key(PERSON, "Smith")).resolved());
        List<ResolvedEntity> mentions = NameResolver.resolvedEntities(smith, "sJohn", names);
        assertEquals(1, mentions.size());
        assertEquals(new ResolvedEntity(0, 5, "Smith", PERSON, "Smith", "John Smith", inStory.how()), mentions.get(0));
    }

    @Test
    void aNameTheStoryLeavesIsResolvedByTheCorpus() {
        Article full = withEntities(article("c1", null, "Ruslan Gabbasov fled."),
                e("Ruslan Gabbasov", PERSON, "Ruslan Gabbasov"));
        Article later = withEntities(article("c2", null, "Gabbasov spoke again."), e("Gabbasov", PERSON, "Gabbasov"));
        Map<String, NameResolution> names = NameResolver.resolve(List.of(full, later),
                a -> a.id().equals("c1") ? "s1" : "s2");
        NameResolution r = names.get(NameResolver.key("s2", PERSON, "Gabbasov"));
        assertEquals("Ruslan Gabbasov", r.resolved());
        assertEquals("surname of the only PERSON named …Gabbasov in the corpus", r.how());
    }

    @Test
    void shortFormsFollowTheFullestName() {
        Article a = withEntities(article("d1", null, "Donald J. Trump arrived."),
                e("Donald J. Trump", PERSON, "Donald J. Trump"));
        Article b = withEntities(article("d2", null, "Donald Trump arrived."), e("Donald Trump", PERSON, "Donald Trump"));
        Article c = withEntities(article("d3", null, "Trump arrived."), e("Trump", PERSON, "Trump"));
        Map<String, NameResolution> names = NameResolver.resolve(List.of(a, b, c));
        assertEquals("Donald J. Trump", names.get(NameResolver.key(PERSON, "Trump")).resolved());
        assertEquals("Donald J. Trump", names.get(NameResolver.key(PERSON, "Donald Trump")).resolved());
        assertEquals("short form of the only PERSON named Donald J. Trump in the corpus",
                names.get(NameResolver.key(PERSON, "Donald Trump")).how());
    }

    @Test
    void aSurnameDoesNotGoToAFirstNameOrAnotherSurname() {
        Article a = withEntities(article("e1", null, "Trump Jones and Ivana Trumpet met."),
                e("Trump Jones", PERSON, "Trump Jones"), e("Ivana Trumpet", PERSON, "Ivana Trumpet"));
        Article b = withEntities(article("e2", null, "Trump left."), e("Trump", PERSON, "Trump"));
        NameResolution r = NameResolver.resolve(List.of(a, b)).get(NameResolver.key(PERSON, "Trump"));
        assertEquals("Trump", r.resolved());
        assertEquals("no other form of this name in the corpus", r.how());
    }

    @Test
    void inflectionAndDemonymVariantsBecomeOneName() {
        Article a = withEntities(article("f1", null, "The Bashkirs and other Bashkirs met the Bashkiri elders."),
                e("Bashkirs", NORP, "Bashkirs"), e("Bashkirs", NORP, "Bashkirs"), e("Bashkiri", NORP, "Bashkiri"));
        Article b = withEntities(article("f2", null, "A Bashkir activist spoke to Bashkortostan."),
                e("Bashkir", NORP, "Bashkir"), e("Bashkortostan", LOCATION, "Bashkortostan"));
        Map<String, NameResolution> names = NameResolver.resolve(List.of(a, b));
        for (String form : List.of("Bashkir", "Bashkiri", "Bashkirs")) {
            assertEquals("Bashkirs", names.get(NameResolver.key(NORP, form)).resolved(), form);
        }
        assertEquals("variant of Bashkirs, the most used of Bashkir, Bashkiri, Bashkirs in the corpus",
                names.get(NameResolver.key(NORP, "Bashkiri")).how());
        assertEquals("Bashkortostan", names.get(NameResolver.key(LOCATION, "Bashkortostan")).resolved());
    }

    @Test
    void variantsNeedTheSameTypeTheSameLeadingWordsAndALongStem() {
        Article a = withEntities(article("g1", null, "Lao and Laos; Ukrainian Railways and Ukrainian Railway; "
                        + "Russia and Russians."),
                e("Lao", LOCATION, "Lao"), e("Laos", LOCATION, "Laos"),
                e("Ukrainian Railways", ORGANIZATION, "Ukrainian Railways"),
                e("Ukrainian Railway", ORGANIZATION, "Ukrainian Railway"),
                e("Russia", LOCATION, "Russia"), e("Russians", NORP, "Russians"));
        Map<String, NameResolution> names = NameResolver.resolve(List.of(a));
        // "Laos" keeps fewer than four letters once cut: too short to be cut at all.
        assertEquals("Laos", names.get(NameResolver.key(LOCATION, "Laos")).resolved());
        assertEquals("Lao", names.get(NameResolver.key(LOCATION, "Lao")).resolved());
        // Same leading words and a shared stem: one name (the shorter of two equally used).
        assertEquals("Ukrainian Railway", names.get(NameResolver.key(ORGANIZATION, "Ukrainian Railways")).resolved());
        // A place and its people are two entities.
        assertEquals("Russians", names.get(NameResolver.key(NORP, "Russians")).resolved());
        assertEquals("Russia", names.get(NameResolver.key(LOCATION, "Russia")).resolved());
    }

    @Test
    void theResultDoesNotDependOnArticleOrder() {
        List<Article> articles = new ArrayList<>(List.of(FULL, SHORT,
                withEntities(article("h1", null, "Bashkirs and Bashkir."),
                        e("Bashkirs", NORP, "Bashkirs"), e("Bashkir", NORP, "Bashkir"))));
        Map<String, NameResolution> first = NameResolver.resolve(articles, a -> "s");
        Collections.reverse(articles);
        assertEquals(first, NameResolver.resolve(articles, a -> "s"));
    }

    @Test
    void mentionsOfAnArticleCarryTheirResolvedNames() {
        Map<String, NameResolution> names = NameResolver.resolve(List.of(FULL, SHORT));
        List<ResolvedEntity> mentions = NameResolver.resolvedEntities(SHORT, names);
        assertEquals(2, mentions.size());
        ResolvedEntity trump = mentions.get(0);
        assertEquals("Trump", SHORT.text().substring(trump.start(), trump.end()));
        assertEquals("Donald Trump", trump.resolved());
        assertEquals("Ohio", mentions.get(1).resolved());
        Article unseen = withEntities(article("z", null, "Kamala Harris spoke."),
                e("Kamala Harris", PERSON, "Kamala Harris"));
        ResolvedEntity harris = NameResolver.resolvedEntities(unseen, names).get(0);
        assertEquals("Kamala Harris", harris.resolved());
        assertTrue(harris.how().startsWith("not resolved"));
        assertEquals(List.of(), NameResolver.resolvedEntities(article("n", null, "No layers."), names));
    }
}
