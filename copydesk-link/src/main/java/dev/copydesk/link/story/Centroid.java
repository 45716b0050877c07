package dev.copydesk.link.story;

import java.util.Arrays;

/**
 * The sum of some unit vectors, as an open-addressing map from term id to weight, with its squared norm kept
 * up to date so a cosine costs one pass over the other vector. Not thread-safe.
 */
final class Centroid {
    private static final int FREE = -1;

    private int[] keys = free(8);
    private float[] values = new float[8];
    private int size;
    private double squaredNorm;

    /** The weight of {@code id}, 0 when absent. */
    float get(int id) {
        int slot = slot(id);
        return keys[slot] == id ? values[slot] : 0f;
    }

    /** Number of terms with a weight. */
    int size() {
        return size;
    }

    /** Whether no weight is left (a centroid whose vectors were all taken away is empty). */
    boolean isEmpty() {
        return squaredNorm <= 0;
    }

    double squaredNorm() {
        return squaredNorm;
    }

    /** The dot product with {@code v}. */
    double dot(TermVector v) {
        double dot = 0;
        for (int i = 0; i < v.size(); i++) {
            dot += v.weights()[i] * get(v.ids()[i]);
        }
        return dot;
    }

    /** The cosine with the unit vector {@code v}: 0 when either is empty. */
    double cosine(TermVector v) {
        return squaredNorm <= 0 || v.isEmpty() ? 0 : dot(v) / Math.sqrt(squaredNorm);
    }

    /** The dot product with another centroid. */
    double dot(Centroid other) {
        Centroid small = size <= other.size ? this : other;
        Centroid large = small == this ? other : this;
        double dot = 0;
        for (int i = 0; i < small.keys.length; i++) {
            if (small.keys[i] != FREE) {
                dot += small.values[i] * large.get(small.keys[i]);
            }
        }
        return dot;
    }

    /** The cosine with another centroid: 0 when either is empty. */
    double cosine(Centroid other) {
        return squaredNorm <= 0 || other.squaredNorm <= 0 ? 0
                : dot(other) / Math.sqrt(squaredNorm * other.squaredNorm);
    }

    /** Adds the vector {@code v}. */
    void add(TermVector v) {
        double dot = dot(v);
        double own = 0;
        for (int i = 0; i < v.size(); i++) {
            put(v.ids()[i], v.weights()[i]);
            own += (double) v.weights()[i] * v.weights()[i];
        }
        squaredNorm += 2 * dot + own;
    }

    /** Takes away the vector {@code v}, added before; terms left with no weight stay as zeros. */
    void subtract(TermVector v) {
        double own = 0;
        for (int i = 0; i < v.size(); i++) {
            put(v.ids()[i], -v.weights()[i]);
            own += (double) v.weights()[i] * v.weights()[i];
        }
        double dot = dot(v);
        squaredNorm = Math.max(0, squaredNorm - 2 * dot - own);
        if (squaredNorm < 1e-9) {
            squaredNorm = 0;
        }
    }

    /** Adds another centroid. */
    void add(Centroid other) {
        double dot = dot(other);
        for (int i = 0; i < other.keys.length; i++) {
            if (other.keys[i] != FREE) {
                put(other.keys[i], other.values[i]);
            }
        }
        squaredNorm += 2 * dot + other.squaredNorm;
    }

    /** The ids of the {@code n} heaviest terms, heaviest first (ties by id). */
    int[] top(int n) {
        long[] packed = new long[size];
        int k = 0;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != FREE) {
                // Weights are positive, so their float bits order like the floats; the id breaks ties.
                packed[k++] = ((long) Float.floatToIntBits(values[i]) << 32) | (Integer.MAX_VALUE - keys[i]);
            }
        }
        Arrays.sort(packed);
        int[] top = new int[Math.min(n, size)];
        for (int i = 0; i < top.length; i++) {
            top[i] = Integer.MAX_VALUE - (int) (packed[size - 1 - i] & 0xffffffffL);
        }
        return top;
    }

    private void put(int id, float value) {
        int slot = slot(id);
        if (keys[slot] == id) {
            values[slot] += value;
            return;
        }
        keys[slot] = id;
        values[slot] = value;
        if (++size * 4 > keys.length * 3) {
            grow();
        }
    }

    private int slot(int id) {
        int mask = keys.length - 1;
        int slot = (id * 0x9E3779B9) >>> 7 & mask;
        while (keys[slot] != FREE && keys[slot] != id) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        int[] oldKeys = keys;
        float[] oldValues = values;
        keys = free(oldKeys.length * 2);
        values = new float[keys.length];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != FREE) {
                int slot = slot(oldKeys[i]);
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }

    private static int[] free(int n) {
        int[] keys = new int[n];
        Arrays.fill(keys, FREE);
        return keys;
    }
}
