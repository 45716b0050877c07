package dev.copydesk.index;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;

/**
 * A fast sentence {@link BreakIterator} for snippets: a boundary after {@code .}, {@code !}, {@code ?} or
 * {@code …} (and any closing quotes or brackets after them) followed by white space, and at every line
 * break. The JDK's rule-based sentence iterator costs more than the rest of a search on long articles;
 * this one finds every boundary in one pass when the text is set and answers by binary search. Not
 * thread-safe, like every BreakIterator: the highlighter makes one per use.
 */
final class SentenceBreaks extends BreakIterator {
    private CharacterIterator text = new StringCharacterIterator("");
    private int[] bounds = {0};
    private int count = 1;
    private int current;

    @Override
    public void setText(CharacterIterator newText) {
        text = newText;
        int begin = newText.getBeginIndex();
        int end = newText.getEndIndex();
        int[] b = new int[16];
        int n = 0;
        b[n++] = begin;
        boolean afterTerminal = false;
        for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
            int i = newText.getIndex();
            if (c == '\n' || (afterTerminal && Character.isWhitespace(c))) {
                if (i + 1 < end && i + 1 > b[n - 1]) {
                    if (n == b.length) {
                        b = Arrays.copyOf(b, n * 2);
                    }
                    b[n++] = i + 1;
                }
                afterTerminal = false;
            } else if (c == '.' || c == '!' || c == '?' || c == '…') {
                afterTerminal = true;
            } else if (afterTerminal && "\"'”’»)]".indexOf(c) >= 0) {
                afterTerminal = true;
            } else {
                afterTerminal = false;
            }
        }
        if (b[n - 1] != end) {
            if (n == b.length) {
                b = Arrays.copyOf(b, n + 1);
            }
            b[n++] = end;
        }
        bounds = b;
        count = n;
        current = 0;
    }

    @Override
    public CharacterIterator getText() {
        return text;
    }

    @Override
    public int first() {
        current = 0;
        return bounds[0];
    }

    @Override
    public int last() {
        current = count - 1;
        return bounds[current];
    }

    @Override
    public int next(int n) {
        int target = current + n;
        if (target < 0 || target >= count) {
            current = target < 0 ? 0 : count - 1;
            return DONE;
        }
        current = target;
        return bounds[current];
    }

    @Override
    public int next() {
        return next(1);
    }

    @Override
    public int previous() {
        return next(-1);
    }

    @Override
    public int following(int offset) {
        int i = Arrays.binarySearch(bounds, 0, count, offset);
        i = i >= 0 ? i + 1 : -i - 1;
        if (i >= count) {
            current = count - 1;
            return DONE;
        }
        current = i;
        return bounds[i];
    }

    @Override
    public int preceding(int offset) {
        int i = Arrays.binarySearch(bounds, 0, count, offset);
        i = i >= 0 ? i - 1 : -i - 2;
        if (i < 0) {
            current = 0;
            return DONE;
        }
        current = i;
        return bounds[i];
    }

    @Override
    public int current() {
        return bounds[current];
    }
}
