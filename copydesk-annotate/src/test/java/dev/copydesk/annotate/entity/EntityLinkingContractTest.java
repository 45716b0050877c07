package dev.copydesk.annotate.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.copydesk.annotate.Entity;
import dev.copydesk.annotate.Layers;
import dev.copydesk.annotate.nlp.CoreNlpAnnotator;
import dev.copydesk.annotate.nlp.CoreNlpStageTestCase;
import dev.copydesk.core.Article;
import dev.copydesk.core.LayerKey;
import dev.copydesk.core.Stage;
import java.util.List;
import java.util.Set;

/**
 * {@link EntityLinking} through the stage test base, on the mentions {@link CoreNlpAnnotator} gives it (as in
 * Copydesk's pipeline): entities never overlap, each says the text of its span, and each has a canonical name.
 * The 100,000-line input is bounded as {@link CoreNlpStageTestCase} explains.
 */
class EntityLinkingContractTest extends CoreNlpStageTestCase {
    @Override
    protected Stage newStage() {
        return new EntityLinking();
    }

    @Override
    protected List<Stage> upstream() {
        return List.of(new CoreNlpAnnotator());
    }

    @Override
    protected Set<LayerKey<?>> disjointLayers() {
        return Set.of(Layers.ENTITIES);
    }

    @Override
    protected void checkAnnotations(Article in, Article out) {
        for (Entity e : out.layer(Layers.ENTITIES, "test").items()) {
            assertFalse(e.canonical().isBlank(), () -> "entity without a canonical name: " + e);
        }
    }
}
