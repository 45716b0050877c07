package dev.copydesk.index;

/**
 * A quote and the article it is in. {@code start}/{@code end} and {@code speakerStart}/{@code speakerEnd}
 * are UTF-16 offsets into that article's text, as in {@code analyze}'s output.
 */
public record QuoteHit(String articleId, String articleTitle, String source, String published, String text, int start,
                       int end, boolean direct, String speaker, int speakerStart, int speakerEnd, String speakerCanonical,
                       String cue) {
}
