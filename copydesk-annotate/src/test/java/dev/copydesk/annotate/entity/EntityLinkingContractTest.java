package dev.copydesk.annotate.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.copydesk.annotate.Entity;
import dev.copydesk.annotate.Layers;
import dev.copydesk.annotate.nlp.CoreNlpAnnotator;
import dev.copydesk.annotate.nlp.CoreNlpLimits;
import dev.copydesk.core.Article;
import dev.copydesk.core.LayerKey;
import dev.copydesk.core.Stage;
import dev.copydesk.core.testing.BaseStageTestCase;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * {@link EntityLinking} through the stage test base, on the mentions {@link CoreNlpAnnotator} gives it (as in
 * Copydesk's pipeline): entities never overlap, each says the text of its span, and each has a canonical name.
 * The huge inputs are bounded for CoreNLP as {@link CoreNlpLimits} explains.
 */
class EntityLinkingContractTest extends BaseStageTestCase {
    @Override
    protected Stage newStage() {
        return new EntityLinking();
    }

    @Override
    protected List<Stage> upstream() {
        return List.of(new CoreNlpAnnotator());
    }

    @Override
    protected int randomRounds() {
        return 40;
    }

    @Override
    protected int concurrentRandomInputs() {
        return 6;
    }

    @Override
    protected int concurrentAdversarialInputs() {
        return 16;
    }

    @Override
    protected Set<LayerKey<?>> disjointLayers() {
        return Set.of(Layers.ENTITIES);
    }

    @Override
    protected String hugeTokenInput(Random r) {
        return CoreNlpLimits.longToken(r);
    }

    @Override
    protected String manyLinesInput(Random r) {
        return CoreNlpLimits.hundredThousandLines(r);
    }

    @Override
    protected void checkAnnotations(Article in, Article out) {
        for (Entity e : out.layer(Layers.ENTITIES, "test").items()) {
            assertFalse(e.canonical().isBlank(), () -> "entity without a canonical name: " + e);
        }
    }
}
