package dev.copydesk.core;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PipelineTest {
    static final LayerKey<Span> WORDS = LayerKey.of("words", Span.class);
    static final LayerKey<Span> CAPS = LayerKey.of("capitalised", Span.class);

    /** Marks every run of letters. */
    static final class WordStage implements Stage {
        public String name() { return "words"; }
        public Set<LayerKey<?>> requires() { return Set.of(); }
        public Set<LayerKey<?>> provides() { return Set.of(WORDS); }
        public Article process(Article a) {
            List<Span> out = new ArrayList<>();
            String t = a.text();
            int i = 0;
            while (i < t.length()) {
                if (Character.isLetter(t.charAt(i))) {
                    int s = i;
                    while (i < t.length() && Character.isLetter(t.charAt(i))) i++;
                    out.add(new Span(s, i));
                } else {
                    i++;
                }
            }
            return a.withLayer(WORDS, out);
        }
    }

    /** Keeps the words that start with a capital. */
    static final class CapsStage implements Stage {
        public String name() { return "caps"; }
        public Set<LayerKey<?>> requires() { return Set.of(WORDS); }
        public Set<LayerKey<?>> provides() { return Set.of(CAPS); }
        public Article process(Article a) {
            List<Span> out = new ArrayList<>();
            for (Span s : a.layer(WORDS, name())) {
                if (Character.isUpperCase(a.text().charAt(s.start()))) out.add(s);
            }
            return a.withLayer(CAPS, out);
        }
    }

    @Test
    void runsStagesInOrder() {
        Article a = Article.builder().id("1").source("-").text("Ruslan said no to Moscow").build();
        Article out = Pipeline.of(new WordStage(), new CapsStage()).process(a);
        assertEquals(List.of("Ruslan", "Moscow"), out.layer(CAPS, "t").items().stream().map(s -> s.of(out.text())).toList());
        assertEquals(5, out.layer(WORDS, "t").size());
    }

    @Test
    void unmetRequirementFailsWhenBuiltNamingStageAndLayer() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Pipeline.of(new CapsStage(), new WordStage()));
        assertTrue(e.getMessage().contains("'caps'") && e.getMessage().contains("'words'"), e.getMessage());
    }

    /** Says it provides the capitalised words, but adds nothing. */
    static final class LazyStage implements Stage {
        public String name() { return "lazy"; }
        public Set<LayerKey<?>> requires() { return Set.of(WORDS); }
        public Set<LayerKey<?>> provides() { return Set.of(CAPS); }
        public Article process(Article a) { return a; }
    }

    /** Provides the words layer too, competing with {@link WordStage}. */
    static final class OtherWordStage implements Stage {
        public String name() { return "other-words"; }
        public Set<LayerKey<?>> requires() { return Set.of(); }
        public Set<LayerKey<?>> provides() { return Set.of(WORDS); }
        public Article process(Article a) { return a.withLayer(WORDS, List.of()); }
    }

    @Test
    void twoStagesProvidingOneLayerFailWhenBuiltNamingBoth() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Pipeline.of(new WordStage(), new OtherWordStage(), new CapsStage()));
        assertEquals("stages 'words' and 'other-words' both provide layer 'words'; one layer has one author", e.getMessage());
    }

    @Test
    void aStageThatDoesNotAddWhatItProvidesFailsNamingStageAndLayer() {
        Pipeline p = Pipeline.of(new WordStage(), new LazyStage());
        Article a = Article.builder().id("1").source("-").text("Ruslan said no").build();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> p.process(a));
        assertEquals("stage 'lazy' did not add layer 'capitalised', which it provides", e.getMessage());
    }

    @Test
    void aLayerAlreadyOnTheInputMustBeAddedAgainNotPassedThrough() {
        Article analysed = Pipeline.of(new WordStage(), new CapsStage())
                .process(Article.builder().id("1").source("-").text("Ruslan said no").build());
        Pipeline lazy = Pipeline.of(Set.of(WORDS), List.of(new LazyStage()));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> lazy.process(analysed));
        assertTrue(e.getMessage().contains("'lazy'") && e.getMessage().contains("'capitalised'"), e.getMessage());
        // a stage that does its work passes on the same input
        assertEquals(1, Pipeline.of(Set.of(WORDS), List.of(new CapsStage())).process(analysed).layer(CAPS, "t").size());
    }
}
