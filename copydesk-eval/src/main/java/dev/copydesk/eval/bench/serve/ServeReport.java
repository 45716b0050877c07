package dev.copydesk.eval.bench.serve;

import dev.copydesk.eval.bench.stats.Spread;
import dev.copydesk.eval.bench.stats.Verdict;
import dev.copydesk.eval.report.Formats;
import dev.copydesk.eval.report.Table;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The outcome of {@link ServeLoad}: each round's request count, errors, rate and latency
 * percentiles, and across rounds their median and spread. Immutable.
 *
 * @param kinds        kinds of request (distinct paths) sent
 * @param threads      client threads
 * @param roundSeconds the planned length of a round
 * @param rounds       the rounds, in order
 */
public record ServeReport(int kinds, int threads, double roundSeconds, List<Round> rounds) {
    /** The relative spread above which a figure is called too noisy. */
    public static final double MAX_SPREAD = Verdict.DEFAULT_MAX_SPREAD;

    /**
     * One round.
     *
     * @param requests       requests answered or failed in the round
     * @param errors         those not answered 200
     * @param elapsedSeconds from the round's start until its last request came back
     * @param p50Ms          median latency, milliseconds (NaN without requests)
     * @param p90Ms          90th percentile latency
     * @param p99Ms          99th percentile latency
     * @param maxMs          slowest request
     */
    public record Round(long requests, long errors, double elapsedSeconds, double p50Ms, double p90Ms, double p99Ms,
                        double maxMs) {
        /**
         * @param sortedNanos every request's latency, in nanoseconds, ascending
         * @param errors      requests not answered 200
         * @param elapsedNanos the round's length
         */
        public static Round of(long[] sortedNanos, long errors, long elapsedNanos) {
            return new Round(sortedNanos.length, errors, elapsedNanos / 1e9, percentileMs(sortedNanos, 0.50),
                    percentileMs(sortedNanos, 0.90), percentileMs(sortedNanos, 0.99),
                    sortedNanos.length == 0 ? Double.NaN : sortedNanos[sortedNanos.length - 1] / 1e6);
        }

        /** Requests per second. */
        public double rate() {
            return elapsedSeconds > 0 ? requests / elapsedSeconds : 0;
        }

        /** The nearest-rank percentile: the smallest latency at or above which {@code p} of all fall. */
        static double percentileMs(long[] sorted, double p) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int i = (int) Math.ceil(p * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
        }
    }

    public ServeReport {
        rounds = List.copyOf(rounds);
        if (rounds.isEmpty()) {
            throw new IllegalArgumentException("rounds must not be empty");
        }
    }

    /** Requests over all rounds. */
    public long requests() {
        return rounds.stream().mapToLong(Round::requests).sum();
    }

    /** Errors over all rounds. */
    public long errors() {
        return rounds.stream().mapToLong(Round::errors).sum();
    }

    /** Requests per second in each round. */
    public Spread rate() {
        return spread(Round::rate);
    }

    /**
     * figure | median | min-max | spread | verdict, for requests/s and the p50, p90 and p99 latencies
     * (milliseconds); a latency figure is left out when a round had no requests.
     */
    public Table table() {
        long n = requests();
        String title = String.format(Locale.ROOT, "%d request%s (%d error%s), %d thread%s, %d round%s of %.1f s; "
                        + "median of rounds, spread = interquartile range / median, too noisy above %s",
                n, n == 1 ? "" : "s", errors(), errors() == 1 ? "" : "s", threads, threads == 1 ? "" : "s",
                rounds.size(), rounds.size() == 1 ? "" : "s", roundSeconds, Verdict.percent(MAX_SPREAD));
        Table.Builder t = Table.builder(title).text("figure").number("median").number("min-max").number("spread").text("verdict");
        add(t, "requests/s", rate(), "%.0f");
        if (rounds.stream().allMatch(r -> r.requests() > 0)) {
            add(t, "p50 ms", spread(Round::p50Ms), "%.2f");
            add(t, "p90 ms", spread(Round::p90Ms), "%.2f");
            add(t, "p99 ms", spread(Round::p99Ms), "%.2f");
        }
        return t.build();
    }

    private Spread spread(ToDoubleFunction<Round> figure) {
        return Spread.of(rounds.stream().mapToDouble(figure).toArray());
    }

    private static void add(Table.Builder t, String name, Spread s, String format) {
        t.row(name, String.format(Locale.ROOT, format, s.median()),
                String.format(Locale.ROOT, format + "-" + format, s.min(), s.max()),
                s.count() > 1 ? Verdict.percent(s.relativeSpread()) : Formats.NONE, Verdict.of(s, "", MAX_SPREAD).text());
    }
}
