package dev.copydesk.clean.html;

/**
 * What a page says about itself. Fields are {@code null} when unknown.
 *
 * @param title     the headline
 * @param byline    the author names
 * @param published ISO-8601 publication date or date-time
 * @param language  ISO 639-1 code, lower case
 */
public record Metadata(String title, String byline, String published, String language) {
}
