package dev.copydesk.link.dup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MinHashTest {

    @Test
    void signatureIsDeterministicAndHasFixedSize() {
        long[] shingles = Shingles.of(NewsText.join(NewsText.paragraphs(1, 4)));
        long[] sig = MinHash.signature(shingles);
        assertEquals(MinHash.SIZE, sig.length);
        assertArrayEquals(sig, MinHash.signature(shingles.clone()));
    }

    @Test
    void estimateFollowsExactJaccard() {
        List<String> paragraphs = NewsText.paragraphs(2, 6);
        long[] a = Shingles.of(NewsText.join(paragraphs));
        List<String> fewer = new ArrayList<>(paragraphs.subList(0, 4));
        fewer.addAll(NewsText.paragraphs(3, 2));
        long[] b = Shingles.of(NewsText.join(fewer));
        double exact = Shingles.jaccard(a, b);
        double estimate = MinHash.estimate(MinHash.signature(a), MinHash.signature(b));
        assertTrue(exact > 0.4 && exact < 0.9, "exact " + exact);
        assertEquals(exact, estimate, 0.15);
        long[] unrelated = Shingles.of(NewsText.join(NewsText.paragraphs(4, 6)));
        assertTrue(MinHash.estimate(MinHash.signature(a), MinHash.signature(unrelated)) < 0.1);
    }

    @Test
    void emptySetIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> MinHash.signature(new long[0]));
    }

    @Test
    void lshPairsIdenticalAndNearSignaturesOnly() {
        List<String> paragraphs = NewsText.paragraphs(5, 5);
        List<String> edited = new ArrayList<>(paragraphs);
        edited.set(2, NewsText.paragraphs(6, 1).get(0));
        LshIndex index = new LshIndex();
        long[] original = LshIndex.bandKeys(MinHash.signature(Shingles.of(NewsText.join(paragraphs))));
        index.add(0, original);
        index.add(1, LshIndex.bandKeys(MinHash.signature(Shingles.of(NewsText.join(NewsText.paragraphs(7, 5))))));
        long[] near = LshIndex.bandKeys(MinHash.signature(Shingles.of(NewsText.join(edited))));
        assertArrayEquals(new int[] {0}, index.candidates(near), "near finds the original only");
        index.add(2, near);
        assertArrayEquals(new int[] {0, 2}, index.candidates(original), "identical and near");
    }

    @Test
    void aBucketKeepsOnlyItsFirstDocuments() {
        LshIndex index = new LshIndex();
        long[] keys = LshIndex.bandKeys(MinHash.signature(Shingles.of(NewsText.join(NewsText.paragraphs(8, 3)))));
        for (int doc = 0; doc < 1000; doc++) {
            index.add(doc, keys);
        }
        int[] candidates = index.candidates(keys);
        assertEquals(LshIndex.MAX_BUCKET, candidates.length);
        assertEquals(0, candidates[0]);
        assertEquals(LshIndex.MAX_BUCKET - 1, candidates[candidates.length - 1]);
    }
}
