package dev.copydesk.clean.text;

/**
 * One line of the input, or several hard-wrapped lines joined back into the paragraph they were cut
 * from, with the offsets of each piece in the input. Immutable.
 *
 * @param text        the pieces, stripped, joined by single spaces
 * @param pieces      start and length in the input of each piece, flattened: {@code [start0, len0, start1, ...]}
 * @param blankBefore a blank line (or the start of the input) precedes the unit
 */
public record Unit(String text, int[] pieces, boolean blankBefore) {
    /** A copy of the flattened piece offsets. */
    @Override
    public int[] pieces() {
        return pieces.clone();
    }

    /** Where the unit's first char sits in the input. */
    public int start() {
        return pieces[0];
    }

    /** Number of pieces: 1 unless hard-wrapped lines were joined. */
    public int pieceCount() {
        return pieces.length / 2;
    }

    /** Start in the input of piece {@code i}. */
    public int pieceStart(int i) {
        return pieces[2 * i];
    }

    /** Length of piece {@code i}. */
    public int pieceLength(int i) {
        return pieces[2 * i + 1];
    }
}
