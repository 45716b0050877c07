package dev.copydesk.eval.quotes;

import dev.copydesk.annotate.Layers;
import dev.copydesk.annotate.quote.QuoteAttributor;
import dev.copydesk.core.LayerKey;
import dev.copydesk.core.Stage;
import dev.copydesk.core.testing.BaseStageTestCase;
import dev.copydesk.core.testing.RandomTexts;
import java.util.List;
import java.util.Random;

/**
 * {@link QuoteAttributor} through the stage test base on the layers {@link PlainLayers} gives it, as the
 * quote evaluation runs it. Without CoreNLP upstream the attributor meets the full 1 MB token, which
 * the CoreNLP-based test in copydesk-annotate has to bound.
 *
 * <p>The 100,000-line case is bounded too, by an assumption about today's attributor: its time grows
 * faster than the text (measured on these lines, through {@link PlainLayers}: 178,000 tokens 2.2 s,
 * 356,000 tokens 6.7 s, 708,000 tokens 18.8 s), so the case keeps its 100,000 line breaks with text on
 * one line in {@value #LINES_PER_TEXT}, about 70,000 tokens. Lift the bound when the attributor is linear.
 */
class QuotesOnPlainLayersContractTest extends BaseStageTestCase {
    /** Lines per line holding text in the 100,000-line input. */
    private static final int LINES_PER_TEXT = 10;

    @Override
    protected Stage newStage() {
        return new QuoteAttributor();
    }

    @Override
    protected List<Stage> upstream() {
        return List.of(new PlainLayers());
    }

    @Override
    protected String manyLinesInput(Random r) {
        return RandomTexts.hundredThousandLines(r, 8, LINES_PER_TEXT);
    }

    @Override
    protected boolean textIsVerbatim(LayerKey<?> key) {
        return !key.equals(Layers.QUOTES);
    }
}
