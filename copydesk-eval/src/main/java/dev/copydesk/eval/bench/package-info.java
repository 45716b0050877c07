/**
 * Throughput benchmarks: pages per second of Copydesk's extraction and its peers on the same pages
 * ({@link dev.copydesk.eval.bench.ExtractionBench}), and Copydesk's annotation beside CoreNLP's
 * reference pipeline ({@link dev.copydesk.eval.bench.AnalyzeBench}). Both time the systems in
 * interleaved rounds and report medians, spreads and per-round ratios
 * ({@link dev.copydesk.eval.bench.stats}), so that a busy machine shows up as a wide spread rather
 * than as a different answer. Timings live here and only here; tests never time anything.
 */
package dev.copydesk.eval.bench;
