package dev.copydesk.eval.ner;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.copydesk.annotate.Annotators;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class NerEvaluationTest {
    static final Path DEV = Path.of("../../shared/data/ner/conll2003/eng.testa");

    @Test
    void scoresTheFirstDevDocumentsWell() throws Exception {
        Path dev = Files.exists(DEV) ? DEV : Path.of("../shared/data/ner/conll2003/eng.testa");
        assumeTrue(Files.isRegularFile(dev), "CoNLL-2003 dev file not found at " + DEV + "; skipping");
        List<ConllDocument> docs = ConllReader.read(dev, 5);
        NerCounts counts = new NerEvaluation(Annotators.standard()).evaluate(docs, 2, done -> { });
        NerScore all = counts.overall();
        assertTrue(all.gold() > 50, all.toString());
        assertTrue(all.f1() > 0.8, all.toString());
        assertTrue(new NerReport("dev", docs.size(), 0, counts, 1).table().render().contains("overall"));
    }
}
