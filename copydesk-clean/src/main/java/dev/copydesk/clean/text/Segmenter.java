package dev.copydesk.clean.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts plain text into {@link Unit}s. Each non-blank line is a unit, since scrapers put one paragraph,
 * caption or widget label on a line whether or not blank lines separate them. Text hard-wrapped at a
 * fixed width is the exception: there a line that breaks only because the next word would not have
 * fit is joined to the next one. Stateless; linear in the input.
 */
final class Segmenter {
    /** Widths outside this range are not taken for hard wrapping. */
    private static final int MIN_WRAP = 30;
    private static final int MAX_WRAP = 140;

    private Segmenter() {
    }

    static List<Unit> split(String raw) {
        Lines lines = Lines.scan(raw);
        int width = wrapWidth(raw, lines);
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < lines.count; ) {
            int j = i;
            while (width > 0 && j + 1 < lines.count && !lines.blankBefore[j + 1]
                    && wrapsInto(raw, lines, j, width)) {
                j++;
            }
            units.add(unit(raw, lines, i, j));
            i = j + 1;
        }
        return units;
    }

    private static Unit unit(String raw, Lines lines, int from, int to) {
        int[] pieces = new int[2 * (to - from + 1)];
        String text;
        if (from == to) {
            text = raw.substring(lines.start[from], lines.end[from]);
        } else {
            StringBuilder sb = new StringBuilder();
            for (int k = from; k <= to; k++) {
                if (k > from) {
                    sb.append(' ');
                }
                sb.append(raw, lines.start[k], lines.end[k]);
            }
            text = sb.toString();
        }
        for (int k = from; k <= to; k++) {
            pieces[2 * (k - from)] = lines.start[k];
            pieces[2 * (k - from) + 1] = lines.end[k] - lines.start[k];
        }
        return new Unit(text, pieces, lines.blankBefore[from]);
    }

    /**
     * The width the text is hard-wrapped at, or 0 when it is not: most lines must sit just under a
     * common width, many of those must stop mid-sentence, and most lines that follow them must go on
     * in lower case.
     */
    private static int wrapWidth(String raw, Lines lines) {
        if (lines.count < 4) {
            return 0;
        }
        int[] histogram = new int[MAX_WRAP + 2];
        for (int i = 0; i < lines.count; i++) {
            histogram[Math.min(lines.end[i] - lines.start[i], MAX_WRAP + 1)]++;
        }
        int target = (int) Math.ceil(lines.count * 0.95);
        int seen = 0;
        int width = 0;
        while (width < histogram.length && seen + histogram[width] < target) {
            seen += histogram[width++];
        }
        if (width < MIN_WRAP || width > MAX_WRAP) {
            return 0;
        }
        int near = 0;
        int open = 0;
        int followed = 0;
        int continued = 0;
        for (int i = 0; i < lines.count; i++) {
            int len = lines.end[i] - lines.start[i];
            if (len >= width - 12 && len <= width) {
                near++;
                if (".!?:\"”’'".indexOf(raw.charAt(lines.end[i] - 1)) < 0) {
                    open++;
                }
                if (i + 1 < lines.count && !lines.blankBefore[i + 1]) {
                    followed++;
                    if (Character.isLowerCase(raw.charAt(lines.start[i + 1]))) {
                        continued++;
                    }
                }
            }
        }
        // Wrapped prose mostly breaks mid-sentence, so most lines after a full line go on in lower case.
        return near * 5 >= lines.count * 2 && open * 3 >= near && continued * 2 >= followed && followed > 0
                ? width : 0;
    }

    /** Whether line {@code i} broke only because the next line's first word would not have fit. */
    private static boolean wrapsInto(String raw, Lines lines, int i, int width) {
        int len = lines.end[i] - lines.start[i];
        int next = lines.start[i + 1];
        int firstWord = 0;
        while (next + firstWord < lines.end[i + 1] && !Character.isWhitespace(raw.charAt(next + firstWord))) {
            firstWord++;
        }
        char lead = raw.charAt(next);
        boolean listItem = lead == '-' || lead == '*' || lead == '•' || lead == '>' || lead == '|';
        return !listItem && len + 1 + firstWord > width && len <= width + 2;
    }

    /** Non-blank lines of the input as stripped [start, end) ranges. */
    static final class Lines {
        int count;
        int[] start = new int[64];
        int[] end = new int[64];
        boolean[] blankBefore = new boolean[64];

        static Lines scan(String raw) {
            Lines lines = new Lines();
            boolean blank = true;
            int n = raw.length();
            int lineStart = 0;
            while (lineStart <= n) {
                int lineEnd = lineStart;
                while (lineEnd < n && !isBreak(raw.charAt(lineEnd))) {
                    lineEnd++;
                }
                int s = lineStart;
                int e = lineEnd;
                while (s < e && isSpace(raw.charAt(s))) {
                    s++;
                }
                while (e > s && isSpace(raw.charAt(e - 1))) {
                    e--;
                }
                if (s < e) {
                    lines.add(s, e, blank);
                    blank = false;
                } else {
                    blank = true;
                }
                if (lineEnd >= n) {
                    break;
                }
                lineStart = lineEnd + (raw.charAt(lineEnd) == '\r' && lineEnd + 1 < n && raw.charAt(lineEnd + 1) == '\n'
                        ? 2 : 1);
            }
            return lines;
        }

        private void add(int s, int e, boolean blank) {
            if (count == start.length) {
                start = Arrays.copyOf(start, count * 2);
                end = Arrays.copyOf(end, count * 2);
                blankBefore = Arrays.copyOf(blankBefore, count * 2);
            }
            start[count] = s;
            end[count] = e;
            blankBefore[count] = blank;
            count++;
        }

        private static boolean isBreak(char c) {
            return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
        }
    }

    /** Whitespace, including the no-break and zero-width spaces scraped text is full of. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }
}
