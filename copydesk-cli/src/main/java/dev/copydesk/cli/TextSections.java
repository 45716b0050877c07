package dev.copydesk.cli;

import java.io.PrintWriter;

/** More sections of an article in the text output format, written after the body. */
@FunctionalInterface
interface TextSections {
    TextSections NONE = (a, out) -> { };

    void write(dev.copydesk.core.Article article, PrintWriter out);
}
