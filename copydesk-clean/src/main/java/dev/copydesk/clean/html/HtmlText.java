package dev.copydesk.clean.html;

import java.util.List;

/** Joins blocks into Copydesk's body text form: paragraphs separated by one blank line. */
final class HtmlText {
    private HtmlText() {
    }

    static String join(List<Block> blocks) {
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) {
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            sb.append(b.text());
        }
        return sb.toString().strip();
    }

    static int chars(List<Block> blocks) {
        int n = 0;
        for (Block b : blocks) {
            n += b.chars();
        }
        return n;
    }
}
