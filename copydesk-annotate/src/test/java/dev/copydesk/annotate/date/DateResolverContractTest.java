package dev.copydesk.annotate.date;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.annotate.DateMention;
import dev.copydesk.annotate.Layers;
import dev.copydesk.annotate.TestTables;
import dev.copydesk.core.Article;
import dev.copydesk.core.LayerKey;
import dev.copydesk.core.Stage;
import dev.copydesk.core.testing.BaseStageTestCase;
import java.util.Set;

/**
 * {@link DateResolver} through the stage test base: mentions never overlap and every value has one of
 * the ISO-8601 shapes the stage promises ({@link TestTables#DATE_VALUE}), whatever the publication date.
 */
class DateResolverContractTest extends BaseStageTestCase {
    @Override
    protected Stage newStage() {
        return new DateResolver();
    }

    @Override
    protected int randomRounds() {
        return 400;
    }

    @Override
    protected Set<LayerKey<?>> disjointLayers() {
        return Set.of(Layers.DATES);
    }

    @Override
    protected void checkAnnotations(Article in, Article out) {
        for (DateMention d : out.layer(Layers.DATES, "test").items()) {
            assertTrue(d.value().matches(TestTables.DATE_VALUE), () -> "not an ISO-8601 value: " + d
                    + " (published " + in.published() + ")");
        }
    }
}
