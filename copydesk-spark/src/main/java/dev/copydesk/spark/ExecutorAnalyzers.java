package dev.copydesk.spark;

import dev.copydesk.pipeline.AnalysisConfig;
import dev.copydesk.pipeline.ArticleAnalyzer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The analyzers of this JVM, one per configuration, built lazily on first use and then shared by every
 * task the JVM runs: Spark ships the job's functions to each executor, but language models take seconds
 * to load, so they are loaded once per executor, never per record or per task. Thread-safe.
 */
final class ExecutorAnalyzers {
    private static final Map<AnalysisConfig, ArticleAnalyzer> ANALYZERS = new ConcurrentHashMap<>();

    private ExecutorAnalyzers() {
    }

    /** This JVM's analyzer for {@code config}. */
    static ArticleAnalyzer get(AnalysisConfig config) {
        return ANALYZERS.computeIfAbsent(config, ArticleAnalyzer::standard);
    }
}
