package dev.copydesk.annotate.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * A stretch {@code [start, end)} of a text that an annotator reads at once. {@link #cut} splits a long
 * text into windows of bounded size at the most natural boundary near the limit.
 */
record Window(int start, int end) {
    /**
     * Cuts {@code text} into consecutive windows of at most {@code max} chars that together cover it.
     * Each window ends at the last paragraph break ({@code "\n\n"}) in its second half, else after the last
     * sentence end ({@code . ! ?} and whitespace), else at the last whitespace, else at {@code max}
     * chars (never inside a surrogate pair). A text of at most {@code max} chars is one window.
     */
    static List<Window> cut(String text, int max) {
        if (max < 2) {
            throw new IllegalArgumentException("max must be at least 2, was " + max);
        }
        List<Window> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        while (n - start > max) {
            int end = boundary(text, start, start + max);
            out.add(new Window(start, end));
            start = end;
        }
        out.add(new Window(start, n));
        return out;
    }

    /** Where to end a window that starts at {@code start} and may run to {@code limit} (exclusive). */
    private static int boundary(String text, int start, int limit) {
        int floor = start + (limit - start) / 2;
        int paragraph = text.lastIndexOf("\n\n", limit - 2);
        if (paragraph >= floor) {
            return paragraph;
        }
        int space = -1;
        for (int i = limit - 1; i > floor; i--) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                char before = text.charAt(i - 1);
                if (before == '.' || before == '!' || before == '?') {
                    return i;
                }
                if (space < 0) {
                    space = i;
                }
            }
        }
        if (space > 0) {
            return space;
        }
        return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
    }
}
