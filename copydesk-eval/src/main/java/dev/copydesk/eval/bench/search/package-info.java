/**
 * The search benchmark: an index of many articles synthesised from a few analysed ones
 * ({@link dev.copydesk.eval.bench.search.ArticleVariants}), its build rate and size, and the latency of
 * typical faceted queries ({@link dev.copydesk.eval.bench.search.SearchBench}). Timings live here, never in tests.
 */
package dev.copydesk.eval.bench.search;
