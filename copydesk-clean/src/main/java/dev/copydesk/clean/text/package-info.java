/**
 * Boilerplate removal for plain text, the machinery behind {@link dev.copydesk.clean.TextCleaner}.
 *
 * <p>The input is cut into units (lines, or hard-wrapped lines joined back into paragraphs) that keep
 * their offsets into the input ({@link dev.copydesk.clean.text.Segmenter}). Each unit gets shallow
 * features ({@link dev.copydesk.clean.text.Features}) and a context-free class
 * ({@link dev.copydesk.clean.text.LineClassifier}); rules that look at neighbours then find video
 * titles, captions, related-story lists and comment sections
 * ({@link dev.copydesk.clean.text.StructureRules}), repeated paragraphs are resolved through a
 * shingle index ({@link dev.copydesk.clean.text.NearDuplicates}), the title is chosen
 * ({@link dev.copydesk.clean.text.TitleFinder}), and unclear units take the class of their neighbours
 * in the manner of jusText ({@link dev.copydesk.clean.text.ContextSmoother}). Every step is linear in
 * the size of the input.
 */
package dev.copydesk.clean.text;
