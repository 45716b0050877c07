package dev.copydesk.link.names;

import dev.copydesk.annotate.EntityType;

/**
 * One entity mention of an article with its name across articles.
 *
 * @param start     first char of the mention in the article text, inclusive
 * @param end       after the last char
 * @param text      the mention as written ("Mr Trump")
 * @param type      its kind
 * @param canonical the per-article canonical name ("Trump")
 * @param resolved  the name across articles ("Donald Trump"), equal to {@code canonical} when unresolved
 * @param how       why (see {@link NameResolution#how()})
 */
public record ResolvedEntity(int start, int end, String text, EntityType type, String canonical, String resolved,
                             String how) {
}
