package dev.copydesk.annotate.amount;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.annotate.Amount;
import dev.copydesk.annotate.Layers;
import dev.copydesk.core.Article;
import dev.copydesk.core.LayerKey;
import dev.copydesk.core.Stage;
import dev.copydesk.core.testing.BaseStageTestCase;
import java.util.Set;

/** {@link AmountParser} through the stage test base: amounts never overlap and every value is finite. */
class AmountParserContractTest extends BaseStageTestCase {
    @Override
    protected Stage newStage() {
        return new AmountParser();
    }

    @Override
    protected int randomRounds() {
        return 400;
    }

    @Override
    protected Set<LayerKey<?>> disjointLayers() {
        return Set.of(Layers.AMOUNTS);
    }

    @Override
    protected void checkAnnotations(Article in, Article out) {
        for (Amount m : out.layer(Layers.AMOUNTS, "test").items()) {
            assertTrue(Double.isFinite(m.value()), () -> "value not finite: " + m);
        }
    }
}
