package dev.copydesk.annotate;

import dev.copydesk.core.Annotation;
import java.util.Objects;

/**
 * Something someone said, with the evidence for who said it.
 *
 * @param start            first char of the quoted words (inside the quote marks for direct quotes)
 * @param end              after the last quoted char
 * @param text             the quoted words, without the marks
 * @param direct           true for words inside quote marks; false for reported speech ("X told Y that ...")
 * @param speaker          the mention the attribution uses ("he", "The 43-year-old", "Mr Gabbasov"), or null
 * @param speakerStart     start of that mention, or -1 when there is none
 * @param speakerEnd       end of that mention, or -1 when there is none
 * @param speakerCanonical the person it resolves to ("Ruslan Gabbasov"), or the best description when
 *                         unnamed ("the unnamed reservist"), or null when unknown
 * @param cue              the attribution cue ("said", "told", "according to"), or null
 */
public record Quote(int start, int end, String text, boolean direct, String speaker, int speakerStart,
                    int speakerEnd, String speakerCanonical, String cue) implements Annotation {
    public Quote {
        Objects.requireNonNull(text, "text");
        if ((speakerStart < 0) != (speakerEnd < 0) || speakerEnd < speakerStart) {
            throw new IllegalArgumentException("invalid speaker span [" + speakerStart + ", " + speakerEnd + ")");
        }
    }
}
