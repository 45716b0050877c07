package dev.copydesk.spark;

import java.util.Objects;

/**
 * The little of an analysed article that linking needs, collected from the executors to the driver:
 * where it is in the input order, what names it, and the fields the {@link dev.copydesk.link.Linker}
 * reads (title, publication date, clean text). Never the annotations.
 *
 * @param input  the input file, as listed
 * @param record its ordinal among the rows of that file
 */
public record ArticleFeatures(String input, int record, String id, String source, String title,
                              String published, String text) {
    public ArticleFeatures {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
    }
}
