/**
 * What repeated timings on a busy machine can and cannot say: the median and spread of a few rounds
 * ({@link dev.copydesk.eval.bench.stats.Spread}), a ratio to a baseline measured in the same rounds
 * ({@link dev.copydesk.eval.bench.stats.Ratio}), whether the figures hold still enough to conclude
 * ({@link dev.copydesk.eval.bench.stats.Verdict}), and the rotating order in which the systems take
 * turns within each round ({@link dev.copydesk.eval.bench.stats.Rounds}). Pure arithmetic apart from
 * {@code Rounds.run}, which only calls back; nothing here reads a clock.
 */
package dev.copydesk.eval.bench.stats;
