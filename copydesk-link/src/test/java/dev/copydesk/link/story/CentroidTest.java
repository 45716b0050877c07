package dev.copydesk.link.story;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CentroidTest {
    private static TermVector unit(int[] ids, float... weights) {
        double norm = 0;
        for (float w : weights) {
            norm += w * w;
        }
        float[] scaled = new float[weights.length];
        for (int i = 0; i < weights.length; i++) {
            scaled[i] = (float) (weights[i] / Math.sqrt(norm));
        }
        return new TermVector(ids, scaled);
    }

    @Test
    void keepsTheNormOfTheSumAsVectorsComeAndGo() {
        Centroid c = new Centroid();
        TermVector a = unit(new int[] {1, 2}, 3, 4);
        TermVector b = unit(new int[] {2, 3}, 1, 1);
        c.add(a);
        assertEquals(1.0, c.cosine(a), 1e-6);
        c.add(b);
        double x1 = 0.6;
        double x2 = 0.8 + Math.sqrt(0.5);
        double x3 = Math.sqrt(0.5);
        assertEquals(x1 * x1 + x2 * x2 + x3 * x3, c.squaredNorm(), 1e-5);
        c.subtract(b);
        assertEquals(1.0, c.squaredNorm(), 1e-5);
        assertEquals(1.0, c.cosine(a), 1e-5);
        c.subtract(a);
        assertTrue(c.isEmpty());
        assertEquals(0, c.cosine(a));
    }

    @Test
    void growsPastItsFirstTableAndRanksItsHeaviestTerms() {
        Centroid c = new Centroid();
        int[] ids = new int[100];
        float[] weights = new float[100];
        for (int i = 0; i < 100; i++) {
            ids[i] = i * 7919;
            weights[i] = i + 1;
        }
        c.add(new TermVector(ids, weights));
        assertEquals(100, c.size());
        assertEquals(100f, c.get(99 * 7919));
        assertArrayEquals(new int[] {99 * 7919, 98 * 7919, 97 * 7919}, c.top(3));
        Centroid other = new Centroid();
        other.add(new TermVector(new int[] {99 * 7919}, new float[] {1}));
        assertEquals(100.0 / Math.sqrt(c.squaredNorm()), c.cosine(other), 1e-6);
    }
}
