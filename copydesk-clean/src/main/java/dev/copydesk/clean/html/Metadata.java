package dev.copydesk.clean.html;

import java.util.Set;

/**
 * What a page says about itself. Fields are {@code null} when unknown.
 *
 * @param title     the headline
 * @param byline    the author names
 * @param published ISO-8601 publication date or date-time
 * @param language  ISO 639-1 code, lower case
 * @param types     what kind of page it declares itself, lower case: JSON-LD {@code @type} values
 *                  ({@code newsarticle}, {@code product}, {@code qapage}) and the Open Graph type prefixed
 *                  {@code og:} ({@code og:article}); empty when none
 */
public record Metadata(String title, String byline, String published, String language, Set<String> types) {
    public Metadata {
        types = types == null ? Set.of() : Set.copyOf(types);
    }

    /**
     * Whether the page's structured data declares it an article, a blog post or a report. The Open
     * Graph type is not enough: forums and shops call their pages articles there too.
     */
    public boolean declaresArticle() {
        for (String t : types) {
            if (!t.startsWith("og:") && t.endsWith("article") || t.equals("blogposting") || t.equals("report") || t.equals("liveblogposting")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the page declares itself a product page. */
    public boolean declaresProduct() {
        for (String t : types) {
            if (t.equals("product") || t.startsWith("og:product") || t.equals("productgroup")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the page declares itself a discussion: a forum thread or a question with answers. */
    public boolean declaresDiscussion() {
        for (String t : types) {
            if (t.equals("discussionforumposting") || t.equals("qapage")) {
                return true;
            }
        }
        return false;
    }
}
