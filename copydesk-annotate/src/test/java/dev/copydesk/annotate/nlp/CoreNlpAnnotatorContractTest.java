package dev.copydesk.annotate.nlp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.annotate.Mention;
import dev.copydesk.annotate.Layers;
import dev.copydesk.annotate.Sentence;
import dev.copydesk.annotate.Token;
import dev.copydesk.core.Article;
import dev.copydesk.core.LayerKey;
import dev.copydesk.core.Stage;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@link CoreNlpAnnotator} through the stage test base: tokens, sentences and mentions never overlap,
 * and sentences and entity mentions begin and end on token boundaries. CoreNLP is the
 * slow stage; see {@link CoreNlpStageTestCase}.
 */
class CoreNlpAnnotatorContractTest extends CoreNlpStageTestCase {
    @Override
    protected Stage newStage() {
        return new CoreNlpAnnotator();
    }

    @Override
    protected Set<LayerKey<?>> disjointLayers() {
        return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.MENTIONS);
    }

    @Override
    protected void checkAnnotations(Article in, Article out) {
        List<Token> tokens = out.layer(Layers.TOKENS, "test").items();
        Set<Integer> starts = new HashSet<>();
        Set<Integer> ends = new HashSet<>();
        for (Token t : tokens) {
            starts.add(t.start());
            ends.add(t.end());
        }
        for (Sentence s : out.layer(Layers.SENTENCES, "test").items()) {
            assertTrue(starts.contains(s.start()) && ends.contains(s.end()), () -> "sentence off token boundaries: " + s);
        }
        for (Mention m : out.layer(Layers.MENTIONS, "test").items()) {
            assertTrue(starts.contains(m.start()) && ends.contains(m.end()), () -> "mention off token boundaries: " + m);
        }
    }
}
