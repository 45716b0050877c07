/**
 * Copydesk's benchmarks: how well and how fast Copydesk extracts article text compared with its
 * peers, on public benchmark data.
 *
 * <p>Layers, bottom to top: {@link dev.copydesk.eval.metrics} (pure scoring functions),
 * {@link dev.copydesk.eval.extraction} (the systems under test and the pages they read),
 * {@link dev.copydesk.eval.aeb} and {@link dev.copydesk.eval.wcxb} (one benchmark each: loading
 * and evaluation), {@link dev.copydesk.eval.bench} (throughput) and
 * {@link dev.copydesk.eval.report} (tables and JSON). Nothing here prints: every run returns a
 * report object that the command line formats.
 */
package dev.copydesk.eval;
