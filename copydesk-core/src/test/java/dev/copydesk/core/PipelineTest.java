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
}
