package dev.copydesk.eval.quotes;

import dev.copydesk.annotate.Layers;
import dev.copydesk.annotate.quote.QuoteAttributor;
import dev.copydesk.core.LayerKey;
import dev.copydesk.core.Stage;
import dev.copydesk.core.testing.BaseStageTestCase;
import java.util.List;

/**
 * {@link QuoteAttributor} through the stage test base on the layers {@link PlainLayers} gives it, as the
 * quote evaluation runs it. Without CoreNLP upstream the attributor meets the full 1 MB token and the
 * full 100,000 lines, which the CoreNLP-based test in copydesk-annotate has to bound.
 */
class QuotesOnPlainLayersContractTest extends BaseStageTestCase {
    @Override
    protected Stage newStage() {
        return new QuoteAttributor();
    }

    @Override
    protected List<Stage> upstream() {
        return List.of(new PlainLayers());
    }

    @Override
    protected boolean textIsVerbatim(LayerKey<?> key) {
        return !key.equals(Layers.QUOTES);
    }
}
