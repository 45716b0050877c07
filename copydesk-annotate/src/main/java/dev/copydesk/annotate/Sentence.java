package dev.copydesk.annotate;

import dev.copydesk.core.Annotation;

/** A sentence: from its first token's start to its last token's end. */
public record Sentence(int start, int end) implements Annotation {
}
