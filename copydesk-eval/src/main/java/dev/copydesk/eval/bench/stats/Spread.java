package dev.copydesk.eval.bench.stats;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The middle and the spread of a few repeated measurements of one quantity, such as pages per second
 * in each round of a benchmark. Quartiles interpolate linearly between the sorted samples (the
 * common "type 7" definition), so one sample gives a spread of zero, and two give their halfway
 * points. Immutable; make one with {@link #of}.
 *
 * @param samples        the measurements, in the order they were taken
 * @param median         the middle sample (the mean of the two middle ones for an even count)
 * @param q1             the first quartile
 * @param q3             the third quartile
 * @param min            the smallest sample
 * @param max            the largest sample
 * @param relativeSpread the interquartile range over the median ({@code 0.12} is 12%); 0 when the
 *                       median is 0
 */
public record Spread(List<Double> samples, double median, double q1, double q3, double min, double max,
                     double relativeSpread) {
    public Spread {
        samples = List.copyOf(samples);
    }

    /**
     * The spread of {@code samples}.
     *
     * @throws IllegalArgumentException when there is no sample or one is not a finite number
     */
    public static Spread of(double... samples) {
        Objects.requireNonNull(samples, "samples");
        if (samples.length == 0) {
            throw new IllegalArgumentException("samples must not be empty");
        }
        for (double s : samples) {
            if (!Double.isFinite(s)) {
                throw new IllegalArgumentException("samples must be finite numbers: " + Arrays.toString(samples));
            }
        }
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        double median = quantile(sorted, 0.5);
        double q1 = quantile(sorted, 0.25);
        double q3 = quantile(sorted, 0.75);
        double relative = median == 0 ? 0 : (q3 - q1) / Math.abs(median);
        return new Spread(Arrays.stream(samples).boxed().toList(), median, q1, q3, sorted[0], sorted[sorted.length - 1],
                relative);
    }

    /** The spread of {@code samples}. */
    public static Spread of(List<Double> samples) {
        return of(samples.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** How many samples there are. */
    public int count() {
        return samples.size();
    }

    /** The {@code p}-quantile ({@code 0 ≤ p ≤ 1}) of sorted values, interpolated linearly between ranks. */
    static double quantile(double[] sorted, double p) {
        double position = p * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        double fraction = position - below;
        return sorted[below] + fraction * (sorted[above] - sorted[below]);
    }
}
