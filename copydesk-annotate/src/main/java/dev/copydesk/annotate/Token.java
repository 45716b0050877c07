package dev.copydesk.annotate;

import dev.copydesk.core.Annotation;

/**
 * A word or punctuation mark.
 *
 * @param start first char, inclusive
 * @param end   after the last char
 * @param pos   part-of-speech tag (Penn Treebank), or {@code null} when the tokenizer did not tag
 */
public record Token(int start, int end, String pos) implements Annotation {
}
