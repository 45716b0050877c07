package dev.copydesk.eval.metrics;

/** Small arithmetic shared by the metrics. Thread-safe. */
final class Scores {
    private Scores() {}

    /** 2pr / (p + r), or 0 when both are 0. */
    static double harmonicMean(double p, double r) {
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
