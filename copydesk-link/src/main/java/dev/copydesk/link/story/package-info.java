/**
 * Story clustering: groups a stream of articles into stories (articles about one event). Each article is a
 * set of TF-IDF sub-vectors (words, stems, entity names, numbers) weighed together; it joins the open story
 * whose centroids it is most similar to, found through a bounded inverted index, and a final pass gives every
 * article a second look and merges stories that came out very close. Entry points: {@link
 * dev.copydesk.link.story.StoryClusterer}, {@link dev.copydesk.link.story.StoryInput}, {@link
 * dev.copydesk.link.story.StorySettings}.
 */
package dev.copydesk.link.story;
