package dev.copydesk.eval.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The article extraction benchmark's own metric (Scrapinghub, 2019), reproduced so that Copydesk's
 * scores and the published ones are comparable.
 *
 * <ul>
 *   <li>Tokens are {@link WordTokens#of case-sensitive {@code \w+} runs}.</li>
 *   <li>A text is the multiset of its shingles: every run of {@value #SHINGLE_SIZE} consecutive
 *       tokens. A text with fewer tokens is one shingle made of all its tokens; an empty text has
 *       none.</li>
 *   <li>Per page, tp/fp/fn are multiset counts ({@link #match}).</li>
 *   <li>Precision is averaged over the pages whose prediction is not empty, recall over the pages
 *       whose gold text is not empty ({@link #score}); so an empty output costs recall, not
 *       precision. F1 is the harmonic mean of the two averages, not an average of per-page F1.</li>
 * </ul>
 *
 * <p>Where the reference scorer would divide by zero (no page with a prediction, or with a gold
 * text), the average is 0. Thread-safe.
 */
public final class ShingleMetric {
    /** Tokens per shingle. */
    public static final int SHINGLE_SIZE = 4;

    private ShingleMetric() {}

    /**
     * The shingles of {@code text}, each as its tokens joined by single spaces (tokens never
     * contain spaces, so joining loses nothing), in order.
     */
    public static List<String> shingles(String text) {
        List<String> tokens = WordTokens.of(text);
        List<String> shingles = new ArrayList<>();
        if (tokens.isEmpty()) {
            return shingles;
        }
        int starts = Math.max(1, tokens.size() - SHINGLE_SIZE + 1);
        for (int i = 0; i < starts; i++) {
            shingles.add(String.join(" ", tokens.subList(i, Math.min(tokens.size(), i + SHINGLE_SIZE))));
        }
        return shingles;
    }

    /** Multiset tp/fp/fn of the shingles of {@code predicted} against those of {@code gold}. */
    public static MatchCounts match(String gold, String predicted) {
        Bag g = Bag.of(shingles(gold));
        Bag p = Bag.of(shingles(predicted));
        int tp = g.overlap(p);
        return new MatchCounts(tp, p.size() - tp, g.size() - tp);
    }

    /** Averages per-page counts into the benchmark's precision, recall and F1. */
    public static ShingleScore score(List<MatchCounts> pages) {
        double precisionSum = 0;
        double recallSum = 0;
        int precisionPages = 0;
        int recallPages = 0;
        for (MatchCounts c : pages) {
            if (c.hasPrediction()) {
                precisionSum += c.precision();
                precisionPages++;
            }
            if (c.hasGold()) {
                recallSum += c.recall();
                recallPages++;
            }
        }
        double precision = precisionPages == 0 ? 0.0 : precisionSum / precisionPages;
        double recall = recallPages == 0 ? 0.0 : recallSum / recallPages;
        return new ShingleScore(pages.size(), precisionPages, recallPages,
                precision, recall, Scores.harmonicMean(precision, recall));
    }

    /**
     * Standard deviation of F1 over {@code resamples} bootstrap resamples of the pages (drawn with
     * replacement, same size), as the benchmark reports it; 0 for fewer than two pages. The seed
     * makes the figure reproducible from run to run.
     */
    public static double bootstrapF1Std(List<MatchCounts> pages, int resamples, long seed) {
        int n = pages.size();
        if (n < 2 || resamples < 2) {
            return 0.0;
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] f1 = new double[resamples];
        List<MatchCounts> sample = new ArrayList<>(n);
        for (int b = 0; b < resamples; b++) {
            sample.clear();
            for (int i = 0; i < n; i++) {
                sample.add(pages.get(random.nextInt(n)));
            }
            f1[b] = score(sample).f1();
        }
        double mean = 0;
        for (double v : f1) {
            mean += v;
        }
        mean /= resamples;
        double squares = 0;
        for (double v : f1) {
            squares += (v - mean) * (v - mean);
        }
        return Math.sqrt(squares / (resamples - 1));
    }
}
