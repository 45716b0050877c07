/**
 * WCXB, the web content extraction benchmark (2026): pages of seven types (articles, forums,
 * products, collections, listings, documentation, service pages) with gold main content and
 * snippets that must or must not appear. Loads a split's folder and scores Copydesk and live peers
 * with {@link dev.copydesk.eval.metrics.WordMetric}, overall and per page type.
 */
package dev.copydesk.eval.wcxb;
