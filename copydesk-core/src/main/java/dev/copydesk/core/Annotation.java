package dev.copydesk.core;

/**
 * Something that covers a half-open range {@code [start, end)} of UTF-16 indices (Java {@link String}
 * indices) into the text of the {@link Article} whose layer holds it. Implementations are immutable.
 */
public interface Annotation {
    /** First covered index, inclusive. */
    int start();

    /** Index after the last covered one, exclusive; never less than {@link #start()}. */
    int end();
}
