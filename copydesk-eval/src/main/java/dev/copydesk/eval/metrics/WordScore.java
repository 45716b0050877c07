package dev.copydesk.eval.metrics;

/**
 * Bag-of-words precision, recall and F1, of one page or averaged over pages; see
 * {@link WordMetric}.
 *
 * @param precision share of predicted tokens found in the gold text
 * @param recall    share of gold tokens found in the prediction
 * @param f1        per page, their harmonic mean; over pages, the mean of per-page F1
 */
public record WordScore(double precision, double recall, double f1) {
    /** A perfect score. */
    public static final WordScore PERFECT = new WordScore(1, 1, 1);
    /** A zero score. */
    public static final WordScore ZERO = new WordScore(0, 0, 0);
}
