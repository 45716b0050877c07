/**
 * Pure scoring functions for text extraction: tokens, multisets, shingle matching (the article
 * extraction benchmark's metric) and bag-of-words matching (WCXB's metric). No I/O, no state;
 * every class is thread-safe.
 */
package dev.copydesk.eval.metrics;
