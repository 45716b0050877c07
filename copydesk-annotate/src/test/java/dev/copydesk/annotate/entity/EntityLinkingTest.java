package dev.copydesk.annotate.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.annotate.Entity;
import dev.copydesk.annotate.EntityType;
import dev.copydesk.annotate.Layers;
import dev.copydesk.annotate.Mention;
import dev.copydesk.core.Article;
import dev.copydesk.core.MissingLayerException;
import dev.copydesk.core.Pipeline;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The linking stage over any tagger's mentions layer: here a hand-made one, no NER model. */
class EntityLinkingTest {
    static final String TEXT = "Mayor Anna Lindqvist opened the bridge. The Baltic Ports Authority (BPA) paid for it. "
            + "Lindqvist thanked the BPA.";

    static Article tagged() {
        List<Mention> mentions = List.of(
                new Mention(6, 20, "Anna Lindqvist", EntityType.PERSON),
                new Mention(44, 66, "Baltic Ports Authority", EntityType.ORGANIZATION),
                new Mention(86, 95, "Lindqvist", EntityType.ORGANIZATION));
        for (Mention m : mentions) {
            assertEquals(m.text(), TEXT.substring(m.start(), m.end()), "fixture offsets");
        }
        return Article.builder().id("t").source("test").text(TEXT).build().withLayer(Layers.MENTIONS, mentions);
    }

    @Test
    void linksMentionsToCanonicalNames() {
        List<Entity> entities = new EntityLinking().process(tagged()).layer(Layers.ENTITIES, "test").items();
        // the three mentions and both untagged occurrences of the defined acronym, in text order
        assertEquals(5, entities.size(), entities.toString());
        Entity surname = entities.get(3);
        assertEquals("Lindqvist", surname.text());
        assertEquals(EntityType.PERSON, surname.type(), "a one-word organisation that is a person's surname is that person");
        assertEquals("Anna Lindqvist", surname.canonical());
        Entity acronym = entities.get(4);
        assertEquals("BPA", TEXT.substring(acronym.start(), acronym.end()));
        assertEquals("Baltic Ports Authority", acronym.canonical());
    }

    @Test
    void declaresWhatItReadsAndAdds() {
        EntityLinking linking = new EntityLinking();
        assertEquals(Set.of(Layers.MENTIONS), linking.requires());
        assertEquals(Set.of(Layers.ENTITIES), linking.provides());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Pipeline.of(linking));
        assertTrue(e.getMessage().contains("'entity-linking' requires layer 'mentions'"), e.getMessage());
        Article bare = Article.builder().id("t").source("test").text(TEXT).build();
        MissingLayerException missing = assertThrows(MissingLayerException.class, () -> linking.process(bare));
        assertTrue(missing.getMessage().contains("entity-linking"), missing.getMessage());
        assertFalse(bare.hasLayer(Layers.ENTITIES));
    }
}
