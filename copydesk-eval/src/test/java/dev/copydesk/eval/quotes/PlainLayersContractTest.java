package dev.copydesk.eval.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.annotate.Layers;
import dev.copydesk.annotate.Sentence;
import dev.copydesk.annotate.Token;
import dev.copydesk.core.Article;
import dev.copydesk.core.LayerKey;
import dev.copydesk.core.Stage;
import dev.copydesk.core.testing.BaseStageTestCase;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@link PlainLayers} through the stage test base: tokens and sentences never overlap, every token is a
 * run without white space, every sentence starts and ends on a token, and no entity is ever made.
 */
class PlainLayersContractTest extends BaseStageTestCase {
    /**
     * The white space that separates tokens: a regular expression's {@code \s}, as the tokenizer reads
     * it. Other Unicode spaces (no-break, line and paragraph separators) come out as one-char tokens.
     */
    private static final Pattern ASCII_SPACE = Pattern.compile("\\s");

    @Override
    protected Stage newStage() {
        return new PlainLayers();
    }

    @Override
    protected Set<LayerKey<?>> disjointLayers() {
        return Set.of(Layers.TOKENS, Layers.SENTENCES);
    }

    @Override
    protected void checkAnnotations(Article in, Article out) {
        String text = out.text();
        List<Token> tokens = out.layer(Layers.TOKENS, "test").items();
        for (Token t : tokens) {
            assertTrue(t.end() > t.start() && !ASCII_SPACE.matcher(text.substring(t.start(), t.end())).find(),
                    () -> "token empty or with white space: " + t);
        }
        Set<Integer> starts = new HashSet<>();
        Set<Integer> ends = new HashSet<>();
        tokens.forEach(t -> {
            starts.add(t.start());
            ends.add(t.end());
        });
        for (Sentence s : out.layer(Layers.SENTENCES, "test").items()) {
            assertTrue(starts.contains(s.start()) && ends.contains(s.end()), () -> "sentence off token boundaries: " + s);
        }
        assertEquals(0, out.layer(Layers.ENTITIES, "test").size(), "entities");
    }
}
