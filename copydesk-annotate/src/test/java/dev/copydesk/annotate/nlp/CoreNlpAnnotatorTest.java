package dev.copydesk.annotate.nlp;

import static org.junit.jupiter.api.Assertions.*;

import dev.copydesk.annotate.Entity;
import dev.copydesk.annotate.EntityType;
import dev.copydesk.annotate.Layers;
import dev.copydesk.annotate.Mention;
import dev.copydesk.annotate.Sentence;
import dev.copydesk.annotate.Token;
import dev.copydesk.annotate.entity.EntityLinking;
import dev.copydesk.core.Article;
import dev.copydesk.core.Pipeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CoreNlpAnnotatorTest {
    static final CoreNlpAnnotator ANNOTATOR = new CoreNlpAnnotator();
    /** The tagger and the linking after it, as the standard pipeline runs them. */
    static final Pipeline LINKED = Pipeline.of(ANNOTATOR, new EntityLinking());

    static final String NEWS = String.join("\n\n",
            "Mute",
            "Ukrainian President Volodymyr Zelensky met Chancellor Olaf Scholz in Berlin on Tuesday, "
                    + "the German government said.",
            "“We will not give up,” Mr Zelensky told reporters. He said Ukrainians and Muslims in Crimea "
                    + "feared the Russian army. Zelensky thanked the International Monetary Fund (IMF) for its help.",
            "The IMF said it would send a team to Kyiv 🇺🇦 next week.",
            "Skip");

    static Article annotate(String text) {
        Article a = Article.builder().id("t").source("test").text(text).build();
        return LINKED.process(a);
    }

    @Test
    void providesMentionsForTheLinkingStageAndNoEntities() {
        Article a = ANNOTATOR.process(Article.builder().id("t").source("test").text(NEWS).build());
        assertFalse(a.hasLayer(Layers.ENTITIES));
        List<Mention> mentions = a.layer(Layers.MENTIONS, "test").items();
        assertTrue(mentions.stream().anyMatch(m -> m.text().equals("Olaf Scholz") && m.type() == EntityType.PERSON), mentions.toString());
        for (Mention m : mentions) {
            assertEquals(m.text(), NEWS.substring(m.start(), m.end()));
        }
        // linking keeps every mention and adds the occurrences of a defined acronym the tagger missed
        assertTrue(new EntityLinking().process(a).layer(Layers.ENTITIES, "test").size() >= mentions.size());
    }

    static Map<String, Entity> byText(Article a) {
        return a.layer(Layers.ENTITIES, "test").items().stream()
                .collect(Collectors.toMap(Entity::text, e -> e, (x, y) -> x));
    }

    @Test
    void findsPeopleOrganisationsPlacesAndGroupsWithExactOffsets() {
        Article a = annotate(NEWS);
        String text = a.text();
        List<Entity> entities = a.layer(Layers.ENTITIES, "test").items();
        for (Entity e : entities) {
            assertEquals(e.text(), text.substring(e.start(), e.end()), e.toString());
        }
        Map<String, Entity> m = byText(a);
        assertEquals(EntityType.PERSON, m.get("Volodymyr Zelensky").type(), m.toString());
        assertEquals("Volodymyr Zelensky", m.get("Zelensky").canonical());
        assertEquals(EntityType.PERSON, m.get("Olaf Scholz").type(), m.toString());
        assertEquals(EntityType.LOCATION, m.get("Berlin").type());
        assertEquals(EntityType.LOCATION, m.get("Kyiv").type(), m.toString());
        assertEquals(EntityType.NORP, m.get("Ukrainians").type());
        assertEquals(EntityType.NORP, m.get("Russian").type());
        assertEquals(EntityType.ORGANIZATION, m.get("International Monetary Fund").type());
        assertEquals("International Monetary Fund", m.get("IMF").canonical());
        for (String never : List.of("He", "Mute", "Skip", "We", "it")) {
            assertFalse(m.containsKey(never), never + " is not an entity: " + m.keySet());
        }
    }

    @Test
    void tokensAndSentencesLieOnTheTextEvenAfterNonBmpCharactersAndCurlyQuotes() {
        String text = "𝒜 note: “Fine,” said Ann 😀 Lee. ‘Yes’ — 🇺🇦 Kyiv.\n\nNew paragraph by Tom Ford.";
        Article a = annotate(text);
        List<Token> tokens = a.layer(Layers.TOKENS, "test").items();
        int last = 0;
        for (Token t : tokens) {
            assertTrue(t.start() >= last && t.end() > t.start(), t.toString());
            assertFalse(text.substring(t.start(), t.end()).isBlank());
            last = t.end();
        }
        assertTrue(tokens.stream().anyMatch(t -> text.substring(t.start(), t.end()).equals("Kyiv")));
        assertTrue(tokens.stream().anyMatch(t -> text.substring(t.start(), t.end()).equals("“")));
        assertTrue(a.diagnostics().isEmpty(), a.diagnostics().toString());
        Map<String, Entity> m = byText(a);
        assertTrue(m.containsKey("Ann Lee") || m.containsKey("Tom Ford"), m.toString());
        for (Entity e : m.values()) {
            assertEquals(e.text(), text.substring(e.start(), e.end()));
        }
        List<Sentence> sentences = a.layer(Layers.SENTENCES, "test").items();
        assertTrue(sentences.size() >= 2);
        assertEquals("New paragraph by Tom Ford.", text.substring(sentences.get(sentences.size() - 1).start(),
                sentences.get(sentences.size() - 1).end()));
    }

    @Test
    void contextRetypesGroupsAndOutletsTheTaggerMisreads() {
        Article a = annotate("Ossetian nationalists called for a vote on Friday. The leader of the movement, Alan Dzhioev, "
                + "told the newspaper Kommersant that the vote would go ahead. Ossetians in the north are divided, he said.");
        Map<String, Entity> m = byText(a);
        assertEquals(EntityType.NORP, m.get("Ossetian").type(), m.toString());
        assertEquals(EntityType.PERSON, m.get("Alan Dzhioev").type(), m.toString());
        if (m.containsKey("Kommersant")) {
            assertNotEquals(EntityType.LOCATION, m.get("Kommersant").type(), m.toString());
        }
    }

    @Test
    void emptyTextGivesEmptyLayers() {
        Article a = annotate("");
        assertEquals(0, a.layer(Layers.ENTITIES, "test").size());
        assertEquals(0, a.layer(Layers.TOKENS, "test").size());
    }

    @Test
    void concurrentCallsGiveTheSameResultAsOneThread() throws Exception {
        List<String> texts = List.of(NEWS, "Angela Merkel visited Paris and spoke to Emmanuel Macron.",
                "Apple and Google were fined by the European Commission in Brussels.");
        List<List<Entity>> expected = new ArrayList<>();
        for (String t : texts) {
            expected.add(annotate(t).layer(Layers.ENTITIES, "test").items());
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<Entity>>> futures = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String t = texts.get(i % texts.size());
                futures.add(pool.submit(() -> annotate(t).layer(Layers.ENTITIES, "test").items()));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(expected.get(i % texts.size()), futures.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aLongTextIsAnnotatedInWindowsWithTheSameResultWhenCutAtParagraphs() {
        String text = String.join("\n\n", NEWS, NEWS, NEWS);
        Article whole = annotate(text);
        Pipeline windowed = Pipeline.of(new CoreNlpAnnotator(NEWS.length() + 10), new EntityLinking());
        Article parts = windowed.process(Article.builder().id("t").source("test").text(text).build());
        assertEquals(whole.layer(Layers.TOKENS, "test").items(), parts.layer(Layers.TOKENS, "test").items());
        assertEquals(whole.layer(Layers.SENTENCES, "test").items(), parts.layer(Layers.SENTENCES, "test").items());
        assertEquals(whole.layer(Layers.ENTITIES, "test").items(), parts.layer(Layers.ENTITIES, "test").items());
        assertTrue(parts.layer(Layers.ENTITIES, "test").items().stream().anyMatch(e -> e.start() > 2 * NEWS.length()),
                "the last window's entities are shifted into the whole text");
    }

    @Test
    void aOneLineTextIsCutAtSentencesWithExactOffsets() {
        String sentence = "Mayor Anna Lindqvist opened the new bridge in Tallinn on Tuesday. ";
        String text = sentence.repeat(40).strip();
        Article a = Pipeline.of(new CoreNlpAnnotator(500), new EntityLinking())
                .process(Article.builder().id("t").source("test").text(text).build());
        List<Token> tokens = a.layer(Layers.TOKENS, "test").items();
        int previous = 0;
        for (Token t : tokens) {
            assertTrue(t.start() >= previous, "offsets never go backwards: " + t);
            previous = t.end();
        }
        assertEquals(40 * 12, tokens.size(), "every sentence tokenized once");
        long people = a.layer(Layers.ENTITIES, "test").items().stream()
                .filter(e -> e.text().equals("Anna Lindqvist") && text.substring(e.start(), e.end()).equals("Anna Lindqvist")).count();
        assertEquals(40, people);
    }

    @Test
    void dropsCharactersTheTokenizerCannotTakeAndKeepsTheDefaultOptions() {
        String options = CoreNlpAnnotator.properties().getProperty("tokenize.options");
        assertTrue(options.startsWith("invertible"), options);
        assertTrue(options.endsWith(CoreNlpAnnotator.UNTOKENIZABLE), options);
        String clean = "Mayor Anna Lindqvist opened the bridge in Tallinn.";
        String noisy = "Mayor Anna \u0007Lindqvist opened the bridge\u0001 in Tallinn.";
        Article a = annotate(noisy);
        List<String> words = new ArrayList<>();
        for (Token t : a.layer(Layers.TOKENS, "test").items()) {
            words.add(noisy.substring(t.start(), t.end()));
            assertTrue(t.start() < t.end(), t.toString());
        }
        List<String> expected = new ArrayList<>();
        for (Token t : annotate(clean).layer(Layers.TOKENS, "test").items()) {
            expected.add(clean.substring(t.start(), t.end()));
        }
        assertEquals(expected, words);
    }
}
