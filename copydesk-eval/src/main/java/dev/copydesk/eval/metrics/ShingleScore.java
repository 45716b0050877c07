package dev.copydesk.eval.metrics;

/**
 * The article extraction benchmark's scores over a set of pages; see {@link ShingleMetric}.
 *
 * @param pages          pages scored
 * @param precisionPages pages whose prediction was not empty: the ones precision averages over
 * @param recallPages    pages whose gold text was not empty: the ones recall averages over
 * @param precision      mean per-page precision
 * @param recall         mean per-page recall
 * @param f1             harmonic mean of {@code precision} and {@code recall}
 */
public record ShingleScore(int pages, int precisionPages, int recallPages,
                           double precision, double recall, double f1) {}
