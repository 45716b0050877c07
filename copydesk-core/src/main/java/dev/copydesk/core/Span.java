package dev.copydesk.core;

/**
 * A bare half-open range of UTF-16 indices into a text.
 *
 * @param start first index, inclusive, at least 0
 * @param end   index after the last, exclusive, at least {@code start}
 */
public record Span(int start, int end) implements Annotation {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
    }

    /** The text this span covers in {@code text}. */
    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    public int length() {
        return end - start;
    }
}
