package dev.copydesk.annotate.nlp;

import dev.copydesk.core.testing.RandomTexts;
import java.util.Random;

/**
 * The bound the tests of CoreNLP-based stages put on the 100,000-line input of the stage test base, and
 * why. The 1 MB token goes in whole: {@link CoreNlpAnnotator} reads long texts in windows and lets the tagger
 * read at most {@link LongWords#MAX_WORD} chars of any word (before that cap, a 64 KB token exhausted a
 * 2 GB heap, since the tagger's cost grows with the square of a word's length).
 *
 * <p>Tokens in 100,000 lines. The tagger labels a few thousand tokens a second here (10,000 lines of 17
 * tokens: 26 s; 100,000 lines of one phrase: 43 s), so the ~500,000 tokens of the full case would take
 * minutes, and its cost is in tokens, not lines. The case keeps its 100,000 line breaks; one line in
 * {@value #LINES_PER_PHRASE} holds a phrase, the others are empty or blank.
 */
public final class CoreNlpLimits {
    /** Lines per line holding text in the 100,000-line input. */
    public static final int LINES_PER_PHRASE = 10;

    private CoreNlpLimits() {
    }

    /** The long-token input: the base's 1 MB token, whole. */
    public static String longToken(Random r) {
        return RandomTexts.megabyteToken(r);
    }

    /** The 100,000-line input, one phrase on one line in {@value #LINES_PER_PHRASE}. */
    public static String hundredThousandLines(Random r) {
        return RandomTexts.hundredThousandLines(r, 1, LINES_PER_PHRASE);
    }
}
