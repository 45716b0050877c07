package dev.copydesk.annotate.nlp;

import dev.copydesk.core.testing.BaseStageTestCase;
import dev.copydesk.core.testing.RandomTexts;
import java.util.Random;

/**
 * The stage test base for stages that run on CoreNLP's layers: fewer random rounds and concurrent inputs,
 * since CoreNLP is the slow stage, and a bound on the 100,000-line input, explained here.
 *
 * <p>The 1 MB token goes in whole: {@link CoreNlpAnnotator} reads long texts in windows and lets the
 * tagger read at most {@link LongWords#MAX_WORD} chars of any word (before that cap, a 64 KB token exhausted a
 * 2 GB heap, since the tagger's cost grows with the square of a word's length).
 *
 * <p>Tokens in 100,000 lines. The tagger labels a few thousand tokens a second here (10,000 lines of 17
 * tokens: 26 s; 100,000 lines of one phrase: 43 s), so the ~500,000 tokens of the full case would take
 * minutes, and its cost is in tokens, not lines. The case keeps its 100,000 line breaks; one line in
 * {@value #LINES_PER_PHRASE} holds a phrase, the others are empty or blank.
 */
public abstract class CoreNlpStageTestCase extends BaseStageTestCase {
    /** Lines per line holding text in the 100,000-line input. */
    public static final int LINES_PER_PHRASE = 10;

    @Override
    protected int randomRounds() {
        return 60;
    }

    @Override
    protected int concurrentRandomInputs() {
        return 6;
    }

    @Override
    protected int concurrentAdversarialInputs() {
        return 16;
    }

    /** The 100,000-line input, one phrase on one line in {@value #LINES_PER_PHRASE}. */
    @Override
    protected String manyLinesInput(Random r) {
        return RandomTexts.hundredThousandLines(r, 1, LINES_PER_PHRASE);
    }
}
