/**
 * Scoring of story clustering against gold clusters (BCubed and pairwise), and the evaluation of
 * Copydesk's story clusterer on JSON Lines with gold cluster ids.
 */
package dev.copydesk.eval.stories;
