/**
 * Story clustering: groups a stream of articles into stories (articles about one event) by TF-IDF
 * cosine to each open story's centroid.
 */
package dev.copydesk.link.story;
