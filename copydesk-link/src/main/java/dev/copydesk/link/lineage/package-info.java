/**
 * Quote lineage: {@link dev.copydesk.link.lineage.QuoteLineage} follows a quote across articles, identical,
 * trimmed or altered, from its first publication on, with each outlet's attribution and a word-level diff
 * against the first version. Candidate quotes come from an index of word pairs, never from all pairs.
 */
package dev.copydesk.link.lineage;
