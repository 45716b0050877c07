package dev.copydesk.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.Article;
import dev.copydesk.core.ArticleJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading analyze's JSON back: the layers round-trip, a broken layer is named in the error. */
class AnalysedArticleJsonTest {
    static final String TEXT = "Ana Ruiz said \"rents rose 5 percent\" on 2 June 2023.";

    static Article article() {
        int quote = TEXT.indexOf('"');
        return Article.builder().id("rents").source("in/rents.txt").title("Rents").text(TEXT).build()
                .withLayer(Layers.ENTITIES, List.of(new Entity(0, 8, "Ana Ruiz", EntityType.PERSON, "Ana Ruiz")))
                .withLayer(Layers.QUOTES, List.of(new Quote(quote + 1, TEXT.indexOf('"', quote + 1), "rents rose 5 percent",
                        true, "Ana Ruiz", 0, 8, "Ana Ruiz", "said")))
                .withLayer(Layers.AMOUNTS, List.of(new Amount(TEXT.indexOf("5 percent"), TEXT.indexOf("5 percent") + 9,
                        "5 percent", 5, "%", "rents")))
                .withLayer(Layers.DATES, List.of(new DateMention(TEXT.indexOf("2 June"), TEXT.indexOf("2 June") + 11,
                        "2 June 2023", "2023-06-02")));
    }

    static String json(Article a) {
        return ArticleJson.toJson(a, List.of(AnnotationJson.INSTANCE));
    }

    @Test
    void layersRoundTrip() {
        Article a = article();
        Article back = AnalysedArticleJson.read(json(a));
        assertEquals(a.id(), back.id());
        assertEquals(a.text(), back.text());
        for (var key : List.of(Layers.ENTITIES, Layers.QUOTES, Layers.AMOUNTS, Layers.DATES)) {
            assertEquals(a.layer(key, "test").items(), back.layer(key, "test").items(), key.name());
        }
    }

    @Test
    void aSpeakerSpanBeyondTheTextIsRefused() {
        String bad = json(article()).replace("\"speakerEnd\":8", "\"speakerEnd\":" + (TEXT.length() + 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AnalysedArticleJson.read(bad));
        assertTrue(e.getMessage().startsWith("layer 'quotes' item 0: speaker span"), e.getMessage());
    }

    @Test
    void aMissingFieldOrIdIsNamed() {
        String noValue = json(article()).replace("\"value\":5.0,", "");
        assertTrue(!noValue.equals(json(article())), "the fixture dropped the amount's value");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AnalysedArticleJson.read(noValue));
        assertEquals("layer 'amounts' item 0: missing number 'value'", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> AnalysedArticleJson.read("{\"source\":\"x\",\"text\":\"t\"}"));
        assertEquals("the article has no string \"id\"", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> AnalysedArticleJson.read("[1, 2]"));
    }

    @Test
    void anErrorRowOfTheSparkJobIsNotAnArticleAndSaysWhy() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AnalysedArticleJson.read(
                "{\"source\":\"in/junk.txt\",\"input\":\"in/junk.txt\",\"record\":0,\"error\":\"binary file\"}"));
        assertEquals("not an article: binary file", e.getMessage());
    }

    @Test
    void fieldsItDoesNotKnowAreIgnored() {
        String withLinks = json(article()).replaceFirst("\\{", "{\"story\":\"s1\",\"similarity\":1.0,\"record\":3,");
        assertTrue(withLinks.contains("\"story\":\"s1\""), "the fixture carries the link fields");
        assertEquals(json(article()), json(AnalysedArticleJson.read(withLinks)));
    }
}
