package dev.copydesk.link.story;

import java.time.Instant;

/** An article as a {@link StoryClusterer} added it: its story (updated by reassignment and splits) and what it was compared by. */
final class Member {
    final String id;
    Story story;
    final TermVector[] vectors;
    final Instant published;

    Member(String id, Story story, TermVector[] vectors, Instant published) {
        this.id = id;
        this.story = story;
        this.vectors = vectors;
        this.published = published;
    }
}
