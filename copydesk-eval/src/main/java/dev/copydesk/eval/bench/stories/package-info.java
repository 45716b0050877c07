/**
 * How the linker scales: {@link dev.copydesk.eval.bench.stories.StoryCorpus} generates a news stream of any length
 * without keeping it, {@link dev.copydesk.eval.bench.stories.StoriesBench} times the linker on it and measures the
 * heap, {@link dev.copydesk.eval.bench.stories.StoriesBenchReport} shows the time per article by size.
 */
package dev.copydesk.eval.bench.stories;
