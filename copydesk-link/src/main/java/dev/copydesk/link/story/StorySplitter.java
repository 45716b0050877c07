package dev.copydesk.link.story;

import java.util.List;
import java.util.Set;

/**
 * Finds the two events a story may have swallowed: average-linkage clustering of its members down to two
 * groups, kept apart when the mean similarity across them stays below a bound. Stories with more than
 * {@link #MAX_MEMBERS} members are left whole, so the cost per story is bounded. Stateless; thread-safe.
 */
final class StorySplitter {
    /** Largest story looked at (the work grows with the cube of its size). */
    static final int MAX_MEMBERS = 60;

    /** The similarity of two articles' sub-vectors. */
    interface Similarity {
        double of(TermVector[] a, TermVector[] b);
    }

    private StorySplitter() {
    }

    /**
     * The id of the second story of a split: {@code "s"} and the id of its first member whose story id no story
     * holds yet (a member moved in from another story may have founded one that still stands), else the split
     * story's id suffixed {@code -2}, {@code -3}, ...; added to {@code taken}.
     *
     * @param memberIds the split story's members, in the order {@link #split} took them
     * @param second    which members go to the second story
     * @param taken     the ids of every story (updated)
     */
    static String secondId(String storyId, List<String> memberIds, boolean[] second, Set<String> taken) {
        String id = null;
        for (int i = 0; i < second.length && id == null; i++) {
            if (second[i] && !taken.contains("s" + memberIds.get(i))) {
                id = "s" + memberIds.get(i);
            }
        }
        for (int n = 2; id == null; n++) {
            id = taken.contains(storyId + "-" + n) ? null : storyId + "-" + n;
        }
        taken.add(id);
        return id;
    }

    /**
     * Which members would go to a second story (true), when the mean similarity across the two groups stays
     * below {@code below}; null when the story holds together or is too small or too large to look at.
     */
    static boolean[] split(List<TermVector[]> members, Similarity similarity, double below) {
        int n = members.size();
        if (n < 2 || n > MAX_MEMBERS) {
            return null;
        }
        double[][] sum = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                sum[i][j] = sum[j][i] = similarity.of(members.get(i), members.get(j));
            }
        }
        int[] group = new int[n];
        int[] size = new int[n];
        for (int i = 0; i < n; i++) {
            group[i] = i;
            size[i] = 1;
        }
        boolean[] alive = new boolean[n];
        java.util.Arrays.fill(alive, true);
        for (int groups = n; groups > 2; groups--) {
            int bi = -1;
            int bj = -1;
            double best = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; alive[i] && j < n; j++) {
                    double mean = alive[j] ? sum[i][j] / ((double) size[i] * size[j]) : Double.NEGATIVE_INFINITY;
                    if (mean > best) {
                        best = mean;
                        bi = i;
                        bj = j;
                    }
                }
            }
            for (int k = 0; k < n; k++) {
                sum[bi][k] += sum[bj][k];
                sum[k][bi] = sum[bi][k];
                if (group[k] == bj) {
                    group[k] = bi;
                }
            }
            size[bi] += size[bj];
            alive[bj] = false;
        }
        int first = group[0];
        int second = -1;
        for (int k = 0; k < n; k++) {
            if (group[k] != first) {
                second = group[k];
            }
        }
        if (second < 0 || sum[first][second] / ((double) size[first] * size[second]) >= below) {
            return null;
        }
        boolean[] side = new boolean[n];
        for (int k = 0; k < n; k++) {
            side[k] = group[k] != first;
        }
        return side;
    }
}
