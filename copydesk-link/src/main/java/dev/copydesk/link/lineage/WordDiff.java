package dev.copydesk.link.lineage;

import java.util.ArrayList;
import java.util.List;

/**
 * Word-level longest common subsequence of two quotes, over their normalised words, and the diff it gives.
 * Quadratic in the words of the two quotes, which are short; stateless and thread-safe.
 */
final class WordDiff {
    private WordDiff() {
    }

    /** The length of the longest common subsequence of {@code a} and {@code b}. */
    static int lcs(List<String> a, List<String> b) {
        int[] prev = new int[b.size() + 1];
        int[] cur = new int[b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            for (int j = 1; j <= b.size(); j++) {
                cur[j] = a.get(i - 1).equals(b.get(j - 1)) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.size()];
    }

    /**
     * The diff of {@code version} against {@code first}: runs of same, removed (first only) and added
     * (version only) words, consecutive words of one kind merged; removals come before additions at a change.
     */
    static List<DiffOp> diff(QuoteWords first, QuoteWords version) {
        List<String> a = first.normalised();
        List<String> b = version.normalised();
        int n = a.size();
        int m = b.size();
        int[][] suffix = suffixTable(a, b);
        List<DiffOp> ops = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                append(ops, DiffOp.SAME, version.written().get(j));
                i++;
                j++;
            } else if (i < n && (j == m || suffix[i + 1][j] >= suffix[i][j + 1])) {
                append(ops, DiffOp.REMOVED, first.written().get(i));
                i++;
            } else {
                append(ops, DiffOp.ADDED, version.written().get(j));
                j++;
            }
        }
        return ops;
    }

    /** {@code t[i][j]}: the LCS length of {@code a} from i and {@code b} from j. */
    private static int[][] suffixTable(List<String> a, List<String> b) {
        int[][] suffix = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                suffix[i][j] = a.get(i).equals(b.get(j)) ? suffix[i + 1][j + 1] + 1
                        : Math.max(suffix[i + 1][j], suffix[i][j + 1]);
            }
        }
        return suffix;
    }

    private static void append(List<DiffOp> ops, String op, String word) {
        int last = ops.size() - 1;
        if (last >= 0 && ops.get(last).op().equals(op)) {
            ops.set(last, new DiffOp(op, ops.get(last).words() + " " + word));
        } else {
            ops.add(new DiffOp(op, word));
        }
    }
}
