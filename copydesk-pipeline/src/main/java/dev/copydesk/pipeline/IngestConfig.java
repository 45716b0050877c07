package dev.copydesk.pipeline;

import java.time.Duration;

/**
 * How an {@link Ingestor} runs. Validated when built: a bad value fails with a message naming the
 * parameter and the value.
 *
 * @param analysis       how articles are cleaned and analysed
 * @param commitEvery    commit after this many stored articles (1: after every one)
 * @param commitInterval also commit when this long has passed since the last commit
 * @param keepArticles   whether each {@link IngestResult} carries the analysed article (costs memory
 *                       when the caller holds on to results)
 * @param preAnalysed    whether inputs are already analysed articles ({@link dev.copydesk.ingest.RawInput.Kind#ARTICLE_JSON}),
 *                       stored as they are without cleaning or analysis
 */
public record IngestConfig(AnalysisConfig analysis, int commitEvery, Duration commitInterval, boolean keepArticles,
                           boolean preAnalysed) {
    /** Commits every 200 stored articles by default. */
    public static final int DEFAULT_COMMIT_EVERY = 200;
    /** And at least every 10 seconds. */
    public static final Duration DEFAULT_COMMIT_INTERVAL = Duration.ofSeconds(10);

    public IngestConfig {
        if (analysis == null) {
            throw new IllegalArgumentException("analysis must be given");
        }
        if (commitEvery < 1) {
            throw new IllegalArgumentException("commitEvery must be at least 1, was " + commitEvery);
        }
        if (commitInterval == null || commitInterval.isNegative() || commitInterval.isZero()) {
            throw new IllegalArgumentException("commitInterval must be a positive duration, was " + commitInterval);
        }
    }

    /** A configuration for inputs that are cleaned and analysed. */
    public IngestConfig(AnalysisConfig analysis, int commitEvery, Duration commitInterval, boolean keepArticles) {
        this(analysis, commitEvery, commitInterval, keepArticles, false);
    }

    /** Default analysis, commits every {@link #DEFAULT_COMMIT_EVERY} articles and {@link #DEFAULT_COMMIT_INTERVAL}, no articles kept. */
    public static IngestConfig defaults() {
        return new IngestConfig(AnalysisConfig.defaults(), DEFAULT_COMMIT_EVERY, DEFAULT_COMMIT_INTERVAL, false, false);
    }

    public IngestConfig withAnalysis(AnalysisConfig a) {
        return new IngestConfig(a, commitEvery, commitInterval, keepArticles, preAnalysed);
    }

    public IngestConfig withCommitEvery(int n) {
        return new IngestConfig(analysis, n, commitInterval, keepArticles, preAnalysed);
    }

    public IngestConfig withCommitInterval(Duration d) {
        return new IngestConfig(analysis, commitEvery, d, keepArticles, preAnalysed);
    }

    public IngestConfig withKeepArticles(boolean keep) {
        return new IngestConfig(analysis, commitEvery, commitInterval, keep, preAnalysed);
    }

    /** This configuration for already analysed inputs ({@code true}) or for inputs to clean and analyse. */
    public IngestConfig withPreAnalysed(boolean analysed) {
        return new IngestConfig(analysis, commitEvery, commitInterval, keepArticles, analysed);
    }
}
