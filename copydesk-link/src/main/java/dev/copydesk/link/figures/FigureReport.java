package dev.copydesk.link.figures;

/**
 * One article's statement of a figure.
 *
 * @param articleId the article
 * @param outlet    who published it, as the caller's outlet function named it (may be null)
 * @param published the article's publication date, ISO-8601, or null when unknown
 * @param value     the figure's value (300000 for "300,000", 2.5e9 for "$2.5bn")
 * @param text      the amount as written ("300,000", "£1,115")
 * @param start     first char of the amount in the article text, inclusive
 * @param end       after its last char
 */
public record FigureReport(String articleId, String outlet, String published, double value, String text, int start,
                           int end) {
}
