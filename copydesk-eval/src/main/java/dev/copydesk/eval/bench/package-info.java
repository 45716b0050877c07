/**
 * Extraction throughput: pages per second of Copydesk and its peers on the same pages in one run.
 * Timings live here and only here; tests never time anything.
 */
package dev.copydesk.eval.bench;
