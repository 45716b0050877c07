/**
 * Duplicate detection against generated truth: {@link dev.copydesk.eval.duplicates.CopyEdits} turn originals into
 * syndicated copies and look-alikes, {@link dev.copydesk.eval.duplicates.DuplicateCorpus} builds a corpus with known
 * groups, and {@link dev.copydesk.eval.duplicates.DuplicatesEvaluation} scores the duplicate finder on it.
 */
package dev.copydesk.eval.duplicates;
