package dev.copydesk.eval.ner;

/**
 * Entity-level exact-match counts and scores for one type, or for all types (micro average).
 *
 * @param type           the CoNLL type, or {@code overall}
 * @param truePositives  predicted entities that match a gold entity exactly
 * @param falsePositives predicted entities that match none
 * @param falseNegatives gold entities no prediction matches
 */
public record NerScore(String type, int truePositives, int falsePositives, int falseNegatives) {
    public double precision() {
        int predicted = truePositives + falsePositives;
        return predicted == 0 ? 0 : (double) truePositives / predicted;
    }

    public double recall() {
        int gold = truePositives + falseNegatives;
        return gold == 0 ? 0 : (double) truePositives / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public int gold() {
        return truePositives + falseNegatives;
    }

    public int predicted() {
        return truePositives + falsePositives;
    }
}
