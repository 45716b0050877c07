package dev.copydesk.clean.html;

/**
 * One paragraph of output text with what is known about where it came from.
 *
 * @param text      whitespace-normalised text, never blank
 * @param chars     non-whitespace characters in {@code text}
 * @param linkChars of which inside links
 * @param kind      what kind of block holds the text
 */
record Block(String text, int chars, int linkChars, Kind kind) {
    /** The kind of element a block came from. */
    enum Kind { PARAGRAPH, HEADING, LIST_ITEM, TABLE_ROW, PRE, QUOTE, OTHER }

    double linkDensity() {
        return chars == 0 ? 0 : (double) linkChars / chars;
    }
}
