package dev.copydesk.eval.bench.search;

import static org.junit.jupiter.api.Assertions.*;

import dev.copydesk.annotate.Amount;
import dev.copydesk.annotate.DateMention;
import dev.copydesk.annotate.Entity;
import dev.copydesk.annotate.EntityType;
import dev.copydesk.annotate.Layers;
import dev.copydesk.annotate.Quote;
import dev.copydesk.core.Article;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArticleVariantsTest {
    static Article seed(String id, String first, String last, String other) {
        String name = first + " " + last;
        String text = name + " visited Leeds on Monday.\n\n\"We will build it,\" " + last + " said of the £5 million bridge.\n\n"
                + other + " disagreed. " + last + " left on 3 May.\n\nNothing else happened.";
        int p2 = text.indexOf("\"We");
        int quoteStart = p2 + 1;
        int quoteEnd = text.indexOf(",\"") + 1;
        int speaker = text.indexOf(last, quoteEnd);
        int last2 = text.indexOf(last + " left");
        return Article.builder().id(id).source("s").text(text).build()
                .withLayer(Layers.ENTITIES, List.of(
                        new Entity(0, name.length(), name, EntityType.PERSON, name),
                        new Entity(text.indexOf("Leeds"), text.indexOf("Leeds") + 5, "Leeds", EntityType.LOCATION, "Leeds"),
                        new Entity(speaker, speaker + last.length(), last, EntityType.PERSON, name),
                        new Entity(text.indexOf(other), text.indexOf(other) + other.length(), other, EntityType.PERSON, other),
                        new Entity(last2, last2 + last.length(), last, EntityType.PERSON, name)))
                .withLayer(Layers.QUOTES, List.of(new Quote(quoteStart, quoteEnd, text.substring(quoteStart, quoteEnd), true, last,
                        speaker, speaker + last.length(), name, "said")))
                .withLayer(Layers.AMOUNTS, List.of(new Amount(text.indexOf("£5"), text.indexOf("£5") + 10, "£5 million", 5e6, "GBP", "bridge")))
                .withLayer(Layers.DATES, List.of(new DateMention(text.indexOf("3 May"), text.indexOf("3 May") + 5, "3 May", "--05-03")));
    }

    @Test
    void variantsKeepEveryAnnotationOnItsText() {
        ArticleVariants v = new ArticleVariants(List.of(seed("a", "Mary", "Jenkins", "Tom Ford"),
                seed("b", "Ann", "Lee", "Raj Patel")), 1);
        Set<String> people = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            Article a = v.variant(i);
            assertEquals("v" + i, a.id());
            assertNotNull(a.published());
            assertTrue(a.url().startsWith("https://www."), a.url());
            String text = a.text();
            assertTrue(a.layer(Layers.ENTITIES, "t").size() >= 2, "the first paragraph is always kept");
            for (Entity e : a.layer(Layers.ENTITIES, "t")) {
                assertEquals(e.text(), text.substring(e.start(), e.end()), a.id());
                if (e.type() == EntityType.PERSON) {
                    people.add(e.canonical());
                }
            }
            for (Quote q : a.layer(Layers.QUOTES, "t")) {
                assertEquals(q.text(), text.substring(q.start(), q.end()));
                if (q.speakerStart() >= 0) {
                    assertEquals(q.speaker(), text.substring(q.speakerStart(), q.speakerEnd()));
                    assertTrue(q.speakerCanonical().endsWith(q.speaker()), q.toString());
                }
            }
            for (Amount m : a.layer(Layers.AMOUNTS, "t")) {
                assertEquals(m.text(), text.substring(m.start(), m.end()));
            }
            for (DateMention d : a.layer(Layers.DATES, "t")) {
                assertEquals(d.text(), text.substring(d.start(), d.end()));
            }
            assertEquals(a.text(), v.variant(i).text(), "deterministic");
        }
        assertTrue(people.size() > 4, people.toString());
    }
}
