package dev.copydesk.core;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArticleTest {
    static final LayerKey<Span> SENTENCES = LayerKey.of("sentences", Span.class);
    static final LayerKey<Span> TOKENS = LayerKey.of("tokens", Span.class);

    static Article sample() {
        return Article.builder().id("a1").source("in.txt").text("One. Two.").title("  ").build();
    }

    @Test
    void blankMetadataIsNullNeverEmpty() {
        Article a = sample();
        assertNull(a.title());
        assertNull(a.published());
        assertEquals(List.of(), a.captions());
    }

    @Test
    void withLayerReturnsNewArticleAndLeavesOriginalUntouched() {
        Article a = sample();
        Article b = a.withLayer(SENTENCES, List.of(new Span(5, 9), new Span(0, 4)));
        assertFalse(a.hasLayer(SENTENCES));
        assertTrue(b.hasLayer(SENTENCES));
        Layer<Span> l = b.layer(SENTENCES, "test");
        assertEquals(List.of(new Span(0, 4), new Span(5, 9)), l.items(), "layers are sorted by start");
        assertEquals("Two.", l.items().get(1).of(b.text()));
    }

    @Test
    void missingLayerNamesStageAndLayer() {
        MissingLayerException e = assertThrows(MissingLayerException.class, () -> sample().layer(TOKENS, "quote-attributor"));
        assertTrue(e.getMessage().contains("quote-attributor"), e.getMessage());
        assertTrue(e.getMessage().contains("tokens"), e.getMessage());
    }

    @Test
    void layerThatDoesNotFitTextIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> sample().withLayer(SENTENCES, List.of(new Span(0, 10))));
        assertTrue(e.getMessage().contains("sentences"));
    }

    @Test
    void changingTextDropsLayersWhoseOffsetsNoLongerHold() {
        Article b = sample().withLayer(SENTENCES, List.of(new Span(0, 4)));
        Article c = b.toBuilder().text("Other text").build();
        assertTrue(c.layerNames().isEmpty());
        Article d = b.toBuilder().title("T").build();
        assertEquals(Set.of("sentences"), d.layerNames());
    }

    @Test
    void spanRejectsBackwardsRange() {
        assertThrows(IllegalArgumentException.class, () -> new Span(3, 2));
        assertThrows(IllegalArgumentException.class, () -> new Span(-1, 2));
    }

    @Test
    void idsPreferGivenIdThenUrlThenContent() {
        assertEquals("x", Ids.of(" x ", "http://a", "c"));
        assertEquals(Ids.of(null, "http://a", "c"), Ids.of("", "http://a", "other"));
        assertNotEquals(Ids.of(null, null, "c1"), Ids.of(null, null, "c2"));
        assertEquals(17, Ids.of(null, null, "c1").length());
    }
}
