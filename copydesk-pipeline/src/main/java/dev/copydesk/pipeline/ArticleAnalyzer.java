package dev.copydesk.pipeline;

import dev.copydesk.annotate.Annotators;
import dev.copydesk.clean.Cleaner;
import dev.copydesk.core.Article;
import dev.copydesk.core.Pipeline;
import dev.copydesk.ingest.RawInput;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The clean → analyse part of ingest, without a store: what {@code copydesk analyze}, {@link Ingestor}
 * and a Spark job share. Cleaning never throws on bad content; analysis refuses a text over the
 * {@linkplain AnalysisConfig#maxChars() analysis limit} with an {@link OverAnalysisLimitException}, so
 * memory stays bounded whatever an input holds.
 *
 * <p>The annotation pipeline is built once, on the first article that needs it (language models take
 * seconds to load), and shared. Final and thread-safe: build one per JVM (per executor in Spark) and
 * share it between threads.
 */
public final class ArticleAnalyzer {
    private final AnalysisConfig config;
    private final Cleaner cleaner;
    private final Supplier<Pipeline> pipelineFactory;
    private volatile Pipeline pipeline;

    /**
     * @param pipeline supplies the annotation pipeline, called once, on first use
     */
    public ArticleAnalyzer(AnalysisConfig config, Supplier<Pipeline> pipeline) {
        this.config = Objects.requireNonNull(config, "config");
        this.pipelineFactory = Objects.requireNonNull(pipeline, "pipeline");
        this.cleaner = new Cleaner(config.cleanMode());
    }

    /** An analyzer with Copydesk's standard annotation pipeline ({@link Annotators#standard()}). */
    public static ArticleAnalyzer standard(AnalysisConfig config) {
        return new ArticleAnalyzer(config, Annotators::standard);
    }

    public AnalysisConfig config() {
        return config;
    }

    /** Cleans one input; bad content gives an article with empty text and an error diagnostic. */
    public Article clean(RawInput in) {
        return cleaner.clean(in);
    }

    /**
     * Annotates a cleaned article.
     *
     * @throws OverAnalysisLimitException when its text is over the analysis limit
     */
    public Article analyse(Article cleaned) {
        int length = cleaned.text().length();
        if (length > config.maxChars()) {
            throw new OverAnalysisLimitException(length, config.maxChars());
        }
        return pipeline().process(cleaned);
    }

    /** {@link #clean} then {@link #analyse}. */
    public Article process(RawInput in) {
        return analyse(clean(in));
    }

    private Pipeline pipeline() {
        Pipeline p = pipeline;
        if (p == null) {
            synchronized (this) {
                p = pipeline;
                if (p == null) {
                    p = Objects.requireNonNull(pipelineFactory.get(), "the pipeline supplier gave null");
                    pipeline = p;
                }
            }
        }
        return p;
    }
}
