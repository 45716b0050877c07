package dev.copydesk.annotate.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds spans enclosed in quote marks, paragraph by paragraph. Handles curly double (“…”), curly
 * single (‘…’) and straight double ("…") marks; a mark of the other family inside a quote is a nested
 * quote and is ignored, except that a curly double quote left unclosed in its paragraph closes on a
 * straight one and vice versa (mixed marks are common in copied text). A right single mark between letters (didn’t, Putin’s) is an apostrophe, and a
 * plural possessive (soldiers’ pay) is one too when a later closing mark exists in the paragraph.
 *
 * <p>A paragraph that opens a quote without closing it continues into the next paragraph when that
 * paragraph reopens with the same mark (the news convention); the pieces share a {@code group}.
 * Stateless and thread-safe.
 */
final class QuoteScanner {
    private static final int MIN_UNCLOSED_WORDS = 6;

    /**
     * One quoted piece: marks at {@code open} and {@code close - 1} (when closed), words in
     * {@code [start, end)}.
     */
    record Piece(int open, int start, int end, int close, boolean closed, int paragraph, int group) {
    }

    private QuoteScanner() {
    }

    /** Paragraph bounds: runs of text between line breaks, trimmed, empty ones dropped. */
    static List<int[]> paragraphs(String text) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int j = text.indexOf('\n', i);
            if (j < 0) {
                j = n;
            }
            int s = i;
            int e = j;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                out.add(new int[] {s, e});
            }
            i = j + 1;
        }
        return out;
    }

    static List<Piece> scan(String text, List<int[]> paragraphs) {
        List<Piece> out = new ArrayList<>();
        int group = 0;
        char carry = 0; // opener of a quote left open by the previous paragraph
        int carryGroup = -1;
        for (int p = 0; p < paragraphs.size(); p++) {
            int ps = paragraphs.get(p)[0];
            int pe = paragraphs.get(p)[1];
            int i = ps;
            char pendingCarry = carry;
            carry = 0;
            while (i < pe) {
                char c = text.charAt(i);
                char closer = closerFor(text, i, ps);
                if (closer == 0) {
                    i++;
                    continue;
                }
                int closeAt = findClose(text, i + 1, pe, c, closer);
                if (closeAt < 0 && (c == '“' || c == '"')) {
                    // mixed marks (“…" or "…”), common in copied text: close on the other family's mark
                    int other = findClose(text, i + 1, pe, c, c == '“' ? '"' : '”');
                    String inside = other < 0 ? "" : text.substring(i + 1, other);
                    boolean nested = c == '“' ? inside.indexOf('"') >= 0 : inside.indexOf('“') >= 0;
                    closeAt = nested ? -1 : other;
                }
                boolean continued = i == ps && pendingCarry == c;
                int g = continued ? carryGroup : group++;
                if (closeAt < 0) {
                    boolean next = p + 1 < paragraphs.size() && text.charAt(paragraphs.get(p + 1)[0]) == c;
                    int[] words = trim(text, i + 1, pe);
                    if ((next || continued || wordCount(text, words[0], words[1]) >= MIN_UNCLOSED_WORDS)
                            && words[1] > words[0]) {
                        out.add(new Piece(i, words[0], words[1], pe, false, p, g));
                        if (next) {
                            carry = c;
                            carryGroup = g;
                        }
                        break;
                    }
                    i++;
                    continue;
                }
                int[] words = trim(text, i + 1, closeAt);
                if (words[1] > words[0]) {
                    out.add(new Piece(i, words[0], words[1], closeAt + 1, true, p, g));
                }
                i = closeAt + 1;
                pendingCarry = 0;
            }
        }
        return out;
    }

    /** The closing mark for an opening mark at {@code i}, or 0 when {@code i} opens no quote. */
    private static char closerFor(String text, int i, int paragraphStart) {
        char c = text.charAt(i);
        boolean atOpenContext = i == paragraphStart || isOpenContext(text.charAt(i - 1));
        if (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1))) {
            return 0;
        }
        return switch (c) {
            case '“' -> '”';
            case '‘' -> atOpenContext ? '’' : 0;
            case '"' -> atOpenContext ? '"' : 0;
            default -> 0;
        };
    }

    private static boolean isOpenContext(char before) {
        return Character.isWhitespace(before) || "([{—–-/:".indexOf(before) >= 0;
    }

    private static int findClose(String text, int from, int to, char opener, char closer) {
        int firstPossessive = -1;
        for (int j = from; j < to; j++) {
            char c = text.charAt(j);
            if (c != closer) {
                continue;
            }
            if (closer == '’') {
                boolean letterBefore = j > from && Character.isLetterOrDigit(text.charAt(j - 1));
                boolean letterAfter = j + 1 < to && Character.isLetterOrDigit(text.charAt(j + 1));
                if (letterBefore && letterAfter) {
                    continue; // didn’t, Putin’s
                }
                if (j == from) {
                    continue;
                }
                if (isPluralPossessive(text, j, to)) {
                    if (firstPossessive < 0) {
                        firstPossessive = j;
                    }
                    continue;
                }
            } else if (closer == '"' && j + 1 < to && Character.isLetterOrDigit(text.charAt(j + 1))
                    && j > from && Character.isLetterOrDigit(text.charAt(j - 1))) {
                continue;
            }
            return j;
        }
        return firstPossessive;
    }

    /** {@code soldiers’ pay}: an s, the mark, a space and a lower-case word. */
    private static boolean isPluralPossessive(String text, int j, int to) {
        return j > 0 && (text.charAt(j - 1) == 's' || text.charAt(j - 1) == 'S') && j + 2 < to
                && text.charAt(j + 1) == ' ' && Character.isLowerCase(text.charAt(j + 2));
    }

    static int[] trim(String text, int s, int e) {
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new int[] {s, e};
    }

    static int wordCount(String text, int s, int e) {
        int words = 0;
        boolean in = false;
        for (int i = s; i < e; i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !in) {
                words++;
            }
            in = letter || (in && (text.charAt(i) == '’' || text.charAt(i) == '\'' || text.charAt(i) == '-'));
        }
        return words;
    }

    /** True when piece {@code k} is one of several pieces of a quote that runs over paragraphs. */
    static boolean isContinuation(List<Piece> pieces, int k) {
        return (k > 0 && pieces.get(k - 1).group() == pieces.get(k).group())
                || (k + 1 < pieces.size() && pieces.get(k + 1).group() == pieces.get(k).group());
    }

    /** The words of every piece of piece {@code k}'s quote. */
    static int groupWords(String text, List<Piece> pieces, int k) {
        int words = 0;
        for (Piece q : pieces) {
            if (q.group() == pieces.get(k).group()) {
                words += wordCount(text, q.start(), q.end());
            }
        }
        return words;
    }

    /** True when {@code offset} lies between the marks of a piece. */
    static boolean insidePiece(List<Piece> pieces, int offset) {
        for (Piece p : pieces) {
            if (p.open() <= offset && offset < p.close()) {
                return true;
            }
        }
        return false;
    }

    /** The index of the paragraph holding {@code offset} (the last one when past the end). */
    static int paragraphOf(List<int[]> paragraphs, int offset) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (offset < paragraphs.get(i)[1]) {
                return i;
            }
        }
        return paragraphs.size() - 1;
    }
}
