package dev.copydesk.annotate.quote;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.copydesk.annotate.Layers;
import dev.copydesk.annotate.Quote;
import dev.copydesk.annotate.entity.EntityLinking;
import dev.copydesk.annotate.nlp.CoreNlpAnnotator;
import dev.copydesk.annotate.nlp.CoreNlpLimits;
import dev.copydesk.core.Article;
import dev.copydesk.core.LayerKey;
import dev.copydesk.core.Stage;
import dev.copydesk.core.testing.BaseStageTestCase;
import java.util.List;
import java.util.Random;

/**
 * {@link QuoteAttributor} through the stage test base, on the layers {@link CoreNlpAnnotator} and {@link EntityLinking} give it
 * (as in Copydesk's pipeline): a quote's text is never blank and says the same words as its span (marks,
 * spacing and paragraph breaks may differ; the base checks it), and its speaker span says its speaker.
 * The huge inputs are bounded for CoreNLP as {@link CoreNlpLimits} explains.
 */
class QuoteAttributorContractTest extends BaseStageTestCase {
    @Override
    protected Stage newStage() {
        return new QuoteAttributor();
    }

    @Override
    protected List<Stage> upstream() {
        return List.of(new CoreNlpAnnotator(), new EntityLinking());
    }

    @Override
    protected int randomRounds() {
        return 60;
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
    protected boolean textIsVerbatim(LayerKey<?> key) {
        return !key.equals(Layers.QUOTES);
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
        for (Quote q : out.layer(Layers.QUOTES, "test").items()) {
            assertFalse(q.text().isBlank(), () -> "blank quote " + q);
        }
    }
}
