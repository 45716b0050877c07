package dev.copydesk.clean.text;

import dev.copydesk.core.HashSets;

import dev.copydesk.clean.text.Page.Role;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds units that repeat an earlier unit almost word for word (a gallery caption that repeats a
 * paragraph without its full stop, or with one word changed) and keeps one copy in the body: the copy
 * that reads as a sentence stays, an unpunctuated copy becomes a caption, and a second identical copy
 * is dropped as a duplicate. Short units are compared only for identity, so that no paragraph reaches
 * the body twice.
 *
 * <p>Units are compared as sets of word bigrams (Jaccard resemblance). To stay linear, each unit
 * enters a primitive hash index under only its few smallest bigram hashes (a bottom-k sketch); a new
 * unit looks up all its bigrams, and only the earlier unit it hits most often is compared in full.
 * Stateless.
 */
final class NearDuplicates {
    private static final int MIN_TOKENS = 6;
    private static final int MAX_TOKENS = 120;
    private static final int SKETCH = 6;
    private static final double MIN_RESEMBLANCE = 0.6;
    private static final double SAME_SHAPE_RESEMBLANCE = 0.8;

    private NearDuplicates() {
    }

    static void resolve(Page page) {
        LongIntMap index = new LongIntMap();
        Map<String, Integer> exact = new HashMap<>();
        // For a caption whose paragraph is in the body, that paragraph: later copies are compared with it.
        int[] twin = new int[page.size()];
        Arrays.fill(twin, -1);
        for (int i = 0; i < page.size(); i++) {
            if (!page.open(i) && page.role[i] != Role.CAPTION) {
                continue;
            }
            Integer same = exact.putIfAbsent(page.text(i), i);
            if (same != null) {
                resolve(page, twin, same, i, 1.0);
                continue;
            }
            long[] shingles = shingles(page.text(i));
            if (shingles.length == 0) {
                continue;
            }
            int match = bestCandidate(index, shingles);
            double r = match >= 0 && (page.open(match) || page.role[match] == Role.CAPTION)
                    ? resemblance(shingles, shingles(page.text(match))) : 0;
            if (r >= MIN_RESEMBLANCE && resolve(page, twin, match, i, r)) {
                continue;
            }
            // Sorted, so the first few are the bottom-k sketch.
            for (int k = 0; k < Math.min(SKETCH, shingles.length); k++) {
                index.putIfAbsent(shingles[k], i);
            }
        }
    }

    /**
     * Decides which of an earlier unit {@code a} and its copy {@code b} (resemblance {@code r}) stays in
     * the body; false when they are left as they are. Two copies of the same shape must be closer to
     * count as one, since news text does repeat sentence patterns.
     */
    private static boolean resolve(Page page, int[] twin, int a, int b, double r) {
        if (page.role[a] == Role.CAPTION && twin[a] >= 0 && page.open(twin[a])) {
            a = twin[a];
        }
        boolean aCaption = page.role[a] == Role.CAPTION;
        boolean bCaption = page.role[b] == Role.CAPTION;
        if (aCaption || bCaption) {
            boolean bCaptionShaped = bCaption || !page.features[b].terminal();
            if (aCaption && bCaptionShaped && r >= SAME_SHAPE_RESEMBLANCE) {
                page.remove(b, "duplicate", true);
            } else if (aCaption && !bCaption) {
                twin[a] = b;
            }
            return true;
        }
        boolean aSentence = page.features[a].terminal();
        boolean bSentence = page.features[b].terminal();
        if (aSentence && !bSentence) {
            page.caption(b, null);
        } else if (!aSentence && bSentence) {
            page.caption(a, null);
            twin[a] = b;
        } else if (r >= SAME_SHAPE_RESEMBLANCE) {
            page.remove(b, "duplicate", true);
        } else {
            return false;
        }
        return true;
    }

    private static int bestCandidate(LongIntMap index, long[] shingles) {
        Map<Integer, Integer> hits = new HashMap<>();
        int best = -1;
        int bestHits = 0;
        for (long s : shingles) {
            int id = index.get(s);
            if (id >= 0) {
                int h = hits.merge(id, 1, Integer::sum);
                if (h > bestHits || h == bestHits && id < best) {
                    best = id;
                    bestHits = h;
                }
            }
        }
        return best;
    }

    /** Distinct hashed word bigrams of the first tokens, sorted; empty for short units. */
    static long[] shingles(String text) {
        List<String> tokens = Features.tokens(text, Features.WINDOW);
        int n = Math.min(tokens.size(), MAX_TOKENS);
        if (n < MIN_TOKENS) {
            return new long[0];
        }
        long[] out = new long[n - 1];
        for (int i = 0; i + 1 < n; i++) {
            out[i] = mix(((long) tokens.get(i).hashCode() << 32) ^ (tokens.get(i + 1).hashCode() & 0xffffffffL));
        }
        return HashSets.sortedDistinct(out);
    }

    static double resemblance(long[] a, long[] b) {
        return HashSets.jaccard(a, b);
    }

    private static long mix(long z) {
        return HashSets.mix(z);
    }

    /** Open-addressing map from long keys to the first int value stored; -1 when absent. */
    private static final class LongIntMap {
        private long[] keys = new long[64];
        private int[] values = filled(64);
        private int size;

        int get(long key) {
            int mask = keys.length - 1;
            for (int slot = (int) mix(key) & mask; values[slot] >= 0; slot = (slot + 1) & mask) {
                if (keys[slot] == key) {
                    return values[slot];
                }
            }
            return -1;
        }

        void putIfAbsent(long key, int value) {
            if (2 * (size + 1) > keys.length) {
                grow();
            }
            int mask = keys.length - 1;
            int slot = (int) mix(key) & mask;
            while (values[slot] >= 0) {
                if (keys[slot] == key) {
                    return;
                }
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            values[slot] = value;
            size++;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldValues = values;
            keys = new long[oldKeys.length * 2];
            values = filled(oldKeys.length * 2);
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldValues[i] >= 0) {
                    putIfAbsent(oldKeys[i], oldValues[i]);
                }
            }
        }

        private static int[] filled(int n) {
            int[] a = new int[n];
            Arrays.fill(a, -1);
            return a;
        }
    }
}
