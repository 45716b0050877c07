package dev.copydesk.index;

import java.util.List;

/** One page of stories, newest first, and how many stories matched in all. */
public record StoryPage(long total, List<StoryListing> stories) {
    /** Copies the list. */
    public StoryPage {
        stories = List.copyOf(stories);
    }
}
