package dev.copydesk.annotate;

import dev.copydesk.annotate.amount.AmountParser;
import dev.copydesk.annotate.date.DateResolver;
import dev.copydesk.annotate.entity.EntityLinking;
import dev.copydesk.annotate.nlp.CoreNlpAnnotator;
import dev.copydesk.annotate.quote.QuoteAttributor;
import dev.copydesk.core.Pipeline;
import dev.copydesk.core.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Builds Copydesk's annotation pipeline: every annotation stage available, in dependency order,
 * validated when built. The pipeline is immutable and thread-safe; build it once and share it.
 */
public final class Annotators {
    private Annotators() {
    }

    /**
     * Tokens, sentences and entity mentions (CoreNLP), entity linking, then every later stage (quotes,
     * amounts, dates).
     */
    public static Pipeline standard() {
        List<Stage> stages = new ArrayList<>();
        stages.add(new CoreNlpAnnotator());
        stages.add(new EntityLinking());
        stages.add(new QuoteAttributor());
        stages.add(new AmountParser());
        stages.add(new DateResolver());
        return Pipeline.of(Set.of(), stages);
    }
}
