package dev.copydesk.eval.ner;

import static org.junit.jupiter.api.Assertions.*;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkTest {
    @Test
    void iobOneStartsAnEntityWithI() {
        assertEquals(List.of(new Chunk(0, 2, "PER"), new Chunk(3, 4, "LOC")),
                Chunk.fromIob1(List.of("I-PER", "I-PER", "O", "I-LOC")));
    }

    @Test
    void bSplitsAdjacentEntitiesOfTheSameType() {
        assertEquals(List.of(new Chunk(0, 1, "LOC"), new Chunk(1, 3, "LOC")),
                Chunk.fromIob1(List.of("I-LOC", "B-LOC", "I-LOC")));
    }

    @Test
    void aTypeChangeEndsAnEntity() {
        assertEquals(List.of(new Chunk(0, 1, "ORG"), new Chunk(1, 2, "MISC")), Chunk.fromIob1(List.of("I-ORG", "I-MISC")));
    }

    @Test
    void scoresMatchAHandComputedExample() {
        NerCounts c = new NerCounts();
        // gold: PER[0,2) LOC[3,4) ORG[5,6); predicted: PER[0,2) exact, LOC[3,5) wrong span, MISC[6,7) spurious
        c.count(List.of(new Chunk(0, 2, "PER"), new Chunk(3, 4, "LOC"), new Chunk(5, 6, "ORG")),
                List.of(new Chunk(0, 2, "PER"), new Chunk(3, 5, "LOC"), new Chunk(6, 7, "MISC")));
        NerScore all = c.overall();
        assertEquals(1, all.truePositives());
        assertEquals(2, all.falsePositives());
        assertEquals(2, all.falseNegatives());
        assertEquals(1.0 / 3, all.precision(), 1e-9);
        assertEquals(1.0 / 3, all.recall(), 1e-9);
        assertEquals(1.0, c.score("PER").f1(), 1e-9);
        assertEquals(0.0, c.score("LOC").f1(), 1e-9);
    }

    @Test
    void readerSplitsDocumentsAndSentences() throws Exception {
        String conll = "-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\n\nPeter NNP I-NP I-PER\n\n"
                + "-DOCSTART- -X- O O\n\nBonn NNP I-NP I-LOC\n";
        List<ConllDocument> docs = ConllReader.read(new StringReader(conll), 0);
        assertEquals(2, docs.size());
        assertEquals(2, docs.get(0).sentences().size());
        assertEquals(List.of("I-ORG", "O"), docs.get(0).sentences().get(0).tags());
        assertEquals(1, ConllReader.read(new StringReader(conll), 1).size());
        NerEvaluation.DocumentText t = NerEvaluation.textOf(docs.get(0));
        assertEquals("EU rejects\n\nPeter", t.text());
        assertEquals(12, t.tokenStarts()[2]);
    }
}
