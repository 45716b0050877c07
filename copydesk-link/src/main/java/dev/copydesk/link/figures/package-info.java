/**
 * Figures compared across the articles of a story: {@link dev.copydesk.link.figures.FigureComparison} groups
 * amounts that measure the same thing (same unit and normalised object and event, by the word lists
 * {@code measure-events.txt} and {@code measure-nouns.txt}) and marks the groups whose values disagree
 * beyond rounding.
 */
package dev.copydesk.link.figures;
