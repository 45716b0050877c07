/**
 * The serving benchmark's load generator: API requests modelled on what the web UI asks
 * ({@link dev.copydesk.eval.bench.serve.ServeLoad}), sent to a running server from several threads in
 * a few timed rounds, and the rate and latency percentiles of each round with their median and
 * spread ({@link dev.copydesk.eval.bench.serve.ServeReport}). The server itself is started by the
 * caller. Timings live here, never in tests.
 */
package dev.copydesk.eval.bench.serve;
