package dev.copydesk.annotate.entity;

import static org.junit.jupiter.api.Assertions.*;

import dev.copydesk.annotate.Entity;
import dev.copydesk.annotate.EntityType;
import dev.copydesk.annotate.Mention;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityLinkerTest {
    final EntityLinker linker = new EntityLinker();

    /** Mentions of {@code text}, each given as its surface and type, found left to right. */
    static List<Mention> mentions(String text, Object... surfaceAndType) {
        List<Mention> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < surfaceAndType.length; i += 2) {
            String s = (String) surfaceAndType[i];
            int at = text.indexOf(s, from);
            assertTrue(at >= 0, s);
            out.add(new Mention(at, at + s.length(), s, (EntityType) surfaceAndType[i + 1]));
            from = at + s.length();
        }
        return out;
    }

    static List<String> canonicals(List<Entity> es) {
        return es.stream().map(Entity::canonical).toList();
    }

    @Test
    void surnameAndHonorificLinkToTheFullName() {
        String t = "Vladimir Putin spoke. Mr Putin later said Putin would stay. Mr Gabbasov, or Ruslan Gabbasov, disagreed.";
        List<Entity> es = linker.link(t, mentions(t, "Vladimir Putin", EntityType.PERSON, "Mr Putin", EntityType.PERSON,
                "Putin", EntityType.PERSON, "Mr Gabbasov", EntityType.PERSON, "Ruslan Gabbasov", EntityType.PERSON));
        assertEquals(List.of("Vladimir Putin", "Vladimir Putin", "Vladimir Putin", "Ruslan Gabbasov", "Ruslan Gabbasov"),
                canonicals(es));
        assertEquals("Mr Putin", es.get(1).text());
    }

    @Test
    void titlesAreStrippedEvenWithoutAFullerName() {
        String t = "President Joe Biden and Dr. Fauci met.";
        List<Entity> es = linker.link(t, mentions(t, "President Joe Biden", EntityType.PERSON, "Dr. Fauci", EntityType.PERSON));
        assertEquals(List.of("Joe Biden", "Fauci"), canonicals(es));
    }

    @Test
    void anAmbiguousSurnameIsNotMergedIntoEitherPerson() {
        String t = "John Smith and Mary Smith argued. Smith said no.";
        List<Entity> es = linker.link(t, mentions(t, "John Smith", EntityType.PERSON, "Mary Smith", EntityType.PERSON,
                "Smith", EntityType.PERSON));
        assertEquals(List.of("John Smith", "Mary Smith", "Smith"), canonicals(es));
    }

    @Test
    void aLongerNameAbsorbsAShorterFullName() {
        String t = "Vladimir Vladimirovich Putin, also Vladimir Putin, or Putin.";
        List<Entity> es = linker.link(t, mentions(t, "Vladimir Vladimirovich Putin", EntityType.PERSON,
                "Vladimir Putin", EntityType.PERSON, "Putin", EntityType.PERSON));
        assertEquals(List.of("Vladimir Vladimirovich Putin", "Vladimir Vladimirovich Putin", "Vladimir Vladimirovich Putin"),
                canonicals(es));
    }

    @Test
    void definedAcronymsLinkAndMissedOccurrencesAreAdded() {
        String t = "The Federal Security Service (FSB) arrested him. FSB officers said the FSB had evidence.";
        List<Mention> ms = mentions(t, "Federal Security Service", EntityType.ORGANIZATION, "FSB", EntityType.ORGANIZATION);
        List<Entity> es = linker.link(t, ms.subList(0, 1));
        assertEquals(4, es.size(), es.toString());
        for (Entity e : es) {
            assertEquals("Federal Security Service", e.canonical());
            assertEquals(EntityType.ORGANIZATION, e.type());
            assertEquals(e.text(), t.substring(e.start(), e.end()));
        }
    }

    @Test
    void aSurnameTaggedAsOrganisationBecomesThePerson() {
        String t = "Ruslan Gabbasov fled. Gabbasov said so.";
        List<Entity> es = linker.link(t, mentions(t, "Ruslan Gabbasov", EntityType.PERSON, "Gabbasov", EntityType.ORGANIZATION));
        assertEquals(EntityType.PERSON, es.get(1).type());
        assertEquals("Ruslan Gabbasov", es.get(1).canonical());
    }

    @Test
    void otherTypesKeepTheirOwnName() {
        String t = "Ukrainians in Kyiv";
        List<Entity> es = linker.link(t, mentions(t, "Ukrainians", EntityType.NORP, "Kyiv", EntityType.LOCATION));
        assertEquals(List.of("Ukrainians", "Kyiv"), canonicals(es));
    }
}
