package dev.copydesk.pipeline;

/**
 * An article whose clean text is longer than the analysis limit ({@link AnalysisConfig#maxChars()}):
 * it is refused, with a one-line reason ("text of 62,914,559 chars is over the analysis limit of
 * 1,000,000"), rather than analysed. It concerns that article only: a run goes on with the next.
 */
public final class OverAnalysisLimitException extends RuntimeException {
    public OverAnalysisLimitException(int length, int limit) {
        super(String.format(java.util.Locale.ROOT, "text of %,d chars is over the analysis limit of %,d", length, limit));
    }
}
