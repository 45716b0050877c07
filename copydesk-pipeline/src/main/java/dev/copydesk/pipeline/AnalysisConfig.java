package dev.copydesk.pipeline;

import dev.copydesk.clean.Cleaner;
import java.util.Locale;

/**
 * How {@link ArticleAnalyzer} cleans and analyses: the cleaning mode and the analysis limit. Validated
 * when built: a bad value fails with a message naming the parameter and the value.
 *
 * @param cleanMode how much cleaning to do ({@link Cleaner.Mode#NONE} takes text inputs as clean text)
 * @param maxChars  the analysis limit: an article whose clean text is longer is refused with a
 *                  per-article error rather than analysed, so one huge input cannot exhaust memory
 */
public record AnalysisConfig(Cleaner.Mode cleanMode, int maxChars) {
    /**
     * The default analysis limit, 1,000,000 chars: some 170,000 words, ten times the longest news
     * story; a longer text is a dump, not an article. A text at the limit takes about half a minute
     * and well under 2 GB of heap to analyse.
     */
    public static final int DEFAULT_MAX_CHARS = 1_000_000;

    public AnalysisConfig {
        if (cleanMode == null) {
            throw new IllegalArgumentException("cleanMode must be given");
        }
        if (maxChars < 1) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "maxChars must be at least 1, was %d", maxChars));
        }
    }

    /** {@link Cleaner.Mode#AUTO} cleaning and the {@link #DEFAULT_MAX_CHARS} limit. */
    public static AnalysisConfig defaults() {
        return new AnalysisConfig(Cleaner.Mode.AUTO, DEFAULT_MAX_CHARS);
    }

    public AnalysisConfig withCleanMode(Cleaner.Mode mode) {
        return new AnalysisConfig(mode, maxChars);
    }

    public AnalysisConfig withMaxChars(int max) {
        return new AnalysisConfig(cleanMode, max);
    }
}
