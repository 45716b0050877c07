package dev.copydesk.eval.metrics;

/**
 * True positives, false positives and false negatives of one page, as multiset counts.
 * Precision and recall follow the article extraction benchmark's conventions: when nothing is
 * missing and nothing is extra ({@code fp == fn == 0}, including two empty texts) both are 1;
 * otherwise an empty prediction has precision 0 and an empty gold text has recall 0.
 *
 * @param tp items in both the prediction and the gold text
 * @param fp items only in the prediction
 * @param fn items only in the gold text
 */
public record MatchCounts(int tp, int fp, int fn) {
    public MatchCounts {
        if (tp < 0 || fp < 0 || fn < 0) {
            throw new IllegalArgumentException("counts must not be negative: tp=" + tp + " fp=" + fp + " fn=" + fn);
        }
    }

    /** Precision under the benchmark's conventions (see the type's Javadoc). */
    public double precision() {
        if (fp == 0 && fn == 0) {
            return 1.0;
        }
        if (tp == 0 && fp == 0) {
            return 0.0;
        }
        return (double) tp / (tp + fp);
    }

    /** Recall under the benchmark's conventions (see the type's Javadoc). */
    public double recall() {
        if (fp == 0 && fn == 0) {
            return 1.0;
        }
        if (tp == 0 && fn == 0) {
            return 0.0;
        }
        return (double) tp / (tp + fn);
    }

    /** Whether the page counts towards the averaged precision: the prediction is not empty. */
    public boolean hasPrediction() {
        return tp + fp > 0;
    }

    /** Whether the page counts towards the averaged recall: the gold text is not empty. */
    public boolean hasGold() {
        return tp + fn > 0;
    }

    /** This page's own F1, harmonic mean of {@link #precision()} and {@link #recall()}; for listing pages. */
    public double f1() {
        return Scores.harmonicMean(precision(), recall());
    }
}
