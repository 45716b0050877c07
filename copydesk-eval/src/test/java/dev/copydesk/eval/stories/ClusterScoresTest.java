package dev.copydesk.eval.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterScoresTest {
    private static final double EPS = 1e-12;

    private static final Map<String, String> GOLD =
            Map.of("a", "g1", "b", "g1", "c", "g1", "d", "g2", "e", "g2");

    @Test
    void allSingletonsArePreciseButMissEveryPair() {
        Map<String, String> pred = Map.of("a", "1", "b", "2", "c", "3", "d", "4", "e", "5");
        ClusterScores s = ClusterScores.of(GOLD, pred);
        assertEquals(5, s.items());
        assertEquals(2, s.goldClusters());
        assertEquals(5, s.predictedClusters());
        assertEquals(1.0, s.bcubedPrecision(), EPS);
        // recall: a,b,c 1/3 each; d,e 1/2 each -> (1 + 1) / 5
        assertEquals(0.4, s.bcubedRecall(), EPS);
        assertEquals(2 * 0.4 / 1.4, s.bcubedF1(), EPS);
        assertEquals(1.0, s.pairPrecision(), EPS);
        assertEquals(0.0, s.pairRecall(), EPS);
        assertEquals(0.0, s.pairF1(), EPS);
    }

    @Test
    void oneClusterRecallsEverythingAtLowPrecision() {
        Map<String, String> pred = Map.of("a", "x", "b", "x", "c", "x", "d", "x", "e", "x");
        ClusterScores s = ClusterScores.of(GOLD, pred);
        assertEquals(1, s.predictedClusters());
        // precision: a,b,c 3/5 each; d,e 2/5 each -> 13/25
        assertEquals(13.0 / 25, s.bcubedPrecision(), EPS);
        assertEquals(1.0, s.bcubedRecall(), EPS);
        // 10 predicted pairs, 3 + 1 gold pairs, all gold pairs predicted
        assertEquals(0.4, s.pairPrecision(), EPS);
        assertEquals(1.0, s.pairRecall(), EPS);
    }

    @Test
    void textbookSplitAndMerge() {
        // gold {a,b,c} {d,e}; predicted {a,b} {c,d,e}
        Map<String, String> pred = Map.of("a", "p1", "b", "p1", "c", "p2", "d", "p2", "e", "p2");
        ClusterScores s = ClusterScores.of(GOLD, pred);
        // precision: 1, 1, 1/3, 2/3, 2/3 -> 11/15; recall: 2/3, 2/3, 1/3, 1, 1 -> 11/15
        assertEquals(11.0 / 15, s.bcubedPrecision(), EPS);
        assertEquals(11.0 / 15, s.bcubedRecall(), EPS);
        assertEquals(11.0 / 15, s.bcubedF1(), EPS);
        // gold pairs ab ac bc de; predicted ab cd ce de; both ab de
        assertEquals(0.5, s.pairPrecision(), EPS);
        assertEquals(0.5, s.pairRecall(), EPS);
    }

    @Test
    void asymmetricSplit() {
        Map<String, String> gold = Map.of("a", "g", "b", "g", "c", "g", "d", "g");
        Map<String, String> pred = Map.of("a", "p", "b", "p", "c", "q", "d", "r");
        ClusterScores s = ClusterScores.of(gold, pred);
        assertEquals(1.0, s.bcubedPrecision(), EPS);
        assertEquals(6.0 / 16, s.bcubedRecall(), EPS);
        assertEquals(6.0 / 11, s.bcubedF1(), EPS);
        assertEquals(1.0, s.pairPrecision(), EPS);
        assertEquals(1.0 / 6, s.pairRecall(), EPS);
        assertEquals(2.0 / 7, s.pairF1(), EPS);
    }

    @Test
    void missingPredictionIsASingletonAndExtraPredictionsAreIgnored() {
        Map<String, String> gold = Map.of("a", "g", "b", "g");
        Map<String, String> pred = Map.of("a", "p", "z", "p");
        ClusterScores s = ClusterScores.of(gold, pred);
        assertEquals(2, s.predictedClusters());
        assertEquals(1.0, s.bcubedPrecision(), EPS);
        assertEquals(0.5, s.bcubedRecall(), EPS);
        assertEquals(0.0, s.pairRecall(), EPS);
    }
}
