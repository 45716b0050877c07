package dev.copydesk.eval.bench.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A text rebuilt from some of its paragraphs, in a new order, with some spans replaced; maps spans of
 * the old text to the new one. A span maps when it lies within one kept paragraph and does not cut
 * into a replaced span (a replaced span itself maps to its replacement). Immutable.
 */
final class Splice {
    /** Replace {@code [start, end)} of the old text with {@code replacement}. */
    record Edit(int start, int end, String replacement) {
    }

    private final String text;
    /** Old paragraph ranges, in old order, and where each starts in the new text (-1: dropped). */
    private final int[] oldStart;
    private final int[] oldEnd;
    private final int[] newStart;
    private final List<List<Edit>> edits = new ArrayList<>();

    /**
     * @param old        the old text
     * @param paragraphs the kept paragraphs' old {@code [start, end)} ranges, in their new order; disjoint
     * @param replace    replacements; one overlapping an earlier one, or crossing a paragraph end, is ignored
     */
    Splice(String old, List<int[]> paragraphs, List<Edit> replace) {
        List<int[]> byOld = new ArrayList<>(paragraphs);
        byOld.sort(Comparator.comparingInt(p -> p[0]));
        int n = byOld.size();
        oldStart = new int[n];
        oldEnd = new int[n];
        newStart = new int[n];
        for (int k = 0; k < n; k++) {
            oldStart[k] = byOld.get(k)[0];
            oldEnd[k] = byOld.get(k)[1];
            edits.add(new ArrayList<>());
        }
        List<Edit> sorted = new ArrayList<>(replace);
        sorted.sort(Comparator.comparingInt(Edit::start));
        int lastEnd = -1;
        for (Edit e : sorted) {
            int k = paragraph(e.start(), e.end());
            if (k >= 0 && e.start() >= lastEnd) {
                edits.get(k).add(e);
                lastEnd = e.end();
            }
        }
        StringBuilder b = new StringBuilder(old.length() + 64);
        for (int[] p : paragraphs) {
            int k = paragraph(p[0], p[1]);
            if (b.length() > 0) {
                b.append("\n\n");
            }
            newStart[k] = b.length();
            int at = p[0];
            for (Edit e : edits.get(k)) {
                b.append(old, at, e.start()).append(e.replacement());
                at = e.end();
            }
            b.append(old, at, p[1]);
        }
        this.text = b.toString();
    }

    String text() {
        return text;
    }

    /** Where old span {@code [s, e)} starts in the new text, or -1 when it does not map. */
    int start(int s, int e) {
        int k = paragraph(s, e);
        return k < 0 ? -1 : position(k, s);
    }

    /** Where old span {@code [s, e)} ends in the new text, or -1 when it does not map. */
    int end(int s, int e) {
        int k = paragraph(s, e);
        return k < 0 || position(k, s) < 0 ? -1 : position(k, e);
    }

    private int position(int k, int x) {
        int delta = 0;
        for (Edit e : edits.get(k)) {
            if (e.end() <= x) {
                delta += e.replacement().length() - (e.end() - e.start());
            } else if (e.start() < x) {
                return -1;
            } else {
                break;
            }
        }
        return newStart[k] + (x - oldStart[k]) + delta;
    }

    /** The kept paragraph holding old span {@code [s, e)}, or -1. */
    private int paragraph(int s, int e) {
        int lo = 0;
        int hi = oldStart.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (oldStart[mid] <= s) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        int k = hi;
        return k >= 0 && e <= oldEnd[k] && s <= oldEnd[k] ? k : -1;
    }
}
