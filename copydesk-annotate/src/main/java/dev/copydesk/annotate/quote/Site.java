package dev.copydesk.annotate.quote;

import java.util.List;

/**
 * One quoted piece seen with what surrounds it: the article, every piece (in text order), the piece's
 * index {@code k} and the paragraph bounds. The input of cue finders and rejection rules.
 */
record Site(Doc d, List<QuoteScanner.Piece> pieces, int k, List<int[]> paragraphs) {

    QuoteScanner.Piece piece() {
        return pieces.get(k);
    }

    /** The bounds of the piece's paragraph. */
    int[] paragraph() {
        return paragraphs.get(piece().paragraph());
    }

    /** Where the next piece of the paragraph opens, else where the paragraph ends. */
    int nextOpen() {
        QuoteScanner.Piece p = piece();
        return k + 1 < pieces.size() && pieces.get(k + 1).paragraph() == p.paragraph() ? pieces.get(k + 1).open() : paragraph()[1];
    }

    /** Where the previous piece of the paragraph closes, else where the paragraph starts. */
    int prevClose() {
        QuoteScanner.Piece p = piece();
        return k > 0 && pieces.get(k - 1).paragraph() == p.paragraph() ? pieces.get(k - 1).close() : paragraph()[0];
    }
}
