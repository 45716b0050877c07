package dev.copydesk.annotate.amount;

import java.util.Arrays;
import java.util.Locale;

/**
 * One line of text split into words, numbers and single symbols, with the UTF-16 offsets of each. A
 * word is letters joined by inner apostrophes or hyphens ("year-old", "Gabbasov's"); a number is ASCII
 * digits joined by inner commas or dots ("1,115", "2.5", "1.2.3"); anything else that is not white
 * space is a symbol of one code point. Built in time linear in the line. Not thread-safe; one per line.
 */
final class Tokens {
    static final byte WORD = 0;
    static final byte NUM = 1;
    static final byte SYM = 2;

    private final String text;
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private byte[] kinds = new byte[16];
    private int size;
    private int words;

    private Tokens(String text) {
        this.text = text;
    }

    /** Tokenizes {@code text[from, to)}. */
    static Tokens of(String text, int from, int to) {
        Tokens t = new Tokens(text);
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                i++;
            } else if (isDigit(c)) {
                int j = i + 1;
                while (j < to && (isDigit(text.charAt(j))
                        || ((text.charAt(j) == ',' || text.charAt(j) == '.') && j + 1 < to && isDigit(text.charAt(j + 1))))) {
                    j++;
                }
                t.add(i, j, NUM);
                i = j;
            } else if (Character.isLetter(c)) {
                int j = i + 1;
                while (j < to && (Character.isLetter(text.charAt(j)) || (isJoiner(text.charAt(j)) && j + 1 < to
                        && Character.isLetter(text.charAt(j + 1)) && Character.isLetter(text.charAt(j - 1))))) {
                    j++;
                }
                t.add(i, j, WORD);
                t.words++;
                i = j;
            } else {
                int j = Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1)) ? i + 2 : i + 1;
                t.add(i, j, SYM);
                i = j;
            }
        }
        return t;
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '\'' || c == '’';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private void add(int start, int end, byte kind) {
        if (size == starts.length) {
            int n = size * 2;
            starts = Arrays.copyOf(starts, n);
            ends = Arrays.copyOf(ends, n);
            kinds = Arrays.copyOf(kinds, n);
        }
        starts[size] = start;
        ends[size] = end;
        kinds[size] = kind;
        size++;
    }

    String text() {
        return text;
    }

    int size() {
        return size;
    }

    int wordCount() {
        return words;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    boolean is(int i, byte kind) {
        return i >= 0 && i < size && kinds[i] == kind;
    }

    /** The token's text, or "" outside the line. */
    String word(int i) {
        return i >= 0 && i < size ? text.substring(starts[i], ends[i]) : "";
    }

    /** The token's text in lower case, or "" outside the line. */
    String lower(int i) {
        return word(i).toLowerCase(Locale.ROOT);
    }

    /** Whether token {@code i} is the symbol {@code c}. */
    boolean sym(int i, char c) {
        return is(i, SYM) && text.charAt(starts[i]) == c && ends[i] - starts[i] == 1;
    }

    /** Whether white space separates token {@code i} from the one before it. */
    boolean gapBefore(int i) {
        return i <= 0 || i >= size || starts[i] > ends[i - 1];
    }

    /** Whether token {@code i} begins a sentence: first on the line, or after ". ! ?" and any quote marks. */
    boolean sentenceStart(int i) {
        int j = i - 1;
        while (j >= 0 && is(j, SYM) && "\"“‘'(".indexOf(text.charAt(starts[j])) >= 0) {
            j--;
        }
        return j < 0 || sym(j, '.') || sym(j, '!') || sym(j, '?');
    }
}
