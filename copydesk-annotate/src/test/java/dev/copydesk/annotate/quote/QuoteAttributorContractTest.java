package dev.copydesk.annotate.quote;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.copydesk.annotate.Layers;
import dev.copydesk.annotate.Quote;
import dev.copydesk.annotate.entity.EntityLinking;
import dev.copydesk.annotate.nlp.CoreNlpAnnotator;
import dev.copydesk.annotate.nlp.CoreNlpStageTestCase;
import dev.copydesk.core.Article;
import dev.copydesk.core.LayerKey;
import dev.copydesk.core.Stage;
import java.util.List;

/**
 * {@link QuoteAttributor} through the stage test base, on the layers {@link CoreNlpAnnotator} and {@link EntityLinking} give it
 * (as in Copydesk's pipeline): a quote's text is never blank and says the same words as its span (marks,
 * spacing and paragraph breaks may differ; the base checks it), and its speaker span says its speaker.
 * The 100,000-line input is bounded as {@link CoreNlpStageTestCase} explains.
 */
class QuoteAttributorContractTest extends CoreNlpStageTestCase {
    @Override
    protected Stage newStage() {
        return new QuoteAttributor();
    }

    @Override
    protected List<Stage> upstream() {
        return List.of(new CoreNlpAnnotator(), new EntityLinking());
    }

    @Override
    protected boolean textIsVerbatim(LayerKey<?> key) {
        return !key.equals(Layers.QUOTES);
    }

    @Override
    protected void checkAnnotations(Article in, Article out) {
        for (Quote q : out.layer(Layers.QUOTES, "test").items()) {
            assertFalse(q.text().isBlank(), () -> "blank quote " + q);
        }
    }
}
