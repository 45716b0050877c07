package dev.copydesk.annotate.nlp;

import dev.copydesk.core.testing.RandomTexts;
import java.util.Random;

/**
 * The bounds the tests of CoreNLP-based stages put on the two huge inputs of the stage test base, and
 * why. Both are assumptions about today's {@link CoreNlpAnnotator}, to be lifted when it bounds its own
 * work (a cap on the token length given to the tagger, windowed analysis of huge texts).
 *
 * <ul>
 *   <li>Token length. The CRF tagger's time and memory grow with the square of a token's length
 *       (measured on a loaded two-core machine: 4 KB 1 s, 8 KB 2.4 s, 16 KB 10 s, and a 64 KB token
 *       exhausts a 2 GB heap with an {@link OutOfMemoryError}, which the stage does not catch). So the
 *       "1 MB token" case gives CoreNLP a {@value #TOKEN_CHARS}-char token.</li>
 *   <li>Tokens in 100,000 lines. The tagger labels a few thousand tokens a second here (10,000 lines
 *       of 17 tokens: 26 s; 100,000 lines of one phrase: 43 s), so the ~500,000 tokens of the full
 *       case would take minutes, and its cost is in tokens, not lines. The case keeps its 100,000 line
 *       breaks; one line in {@value #LINES_PER_PHRASE} holds a phrase, the others are empty or blank.</li>
 * </ul>
 */
public final class CoreNlpLimits {
    /** Length of the long token CoreNLP is given instead of 1 MB. */
    public static final int TOKEN_CHARS = 4_096;
    /** Lines per line holding text in the 100,000-line input. */
    public static final int LINES_PER_PHRASE = 10;

    private CoreNlpLimits() {
    }

    /** The long-token input, bounded to {@link #TOKEN_CHARS}. */
    public static String longToken(Random r) {
        return RandomTexts.token(r, TOKEN_CHARS);
    }

    /** The 100,000-line input, one phrase on one line in {@value #LINES_PER_PHRASE}. */
    public static String hundredThousandLines(Random r) {
        return RandomTexts.hundredThousandLines(r, 1, LINES_PER_PHRASE);
    }
}
