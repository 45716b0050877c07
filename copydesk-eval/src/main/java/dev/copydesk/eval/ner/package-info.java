/**
 * Named-entity recognition scored on CoNLL-2003: reading the IOB1 files, chunking, the CoNLL
 * scorer's entity-level exact-match micro P/R/F1, and running Copydesk's {@code analyze} path on
 * each document's text.
 */
package dev.copydesk.eval.ner;
