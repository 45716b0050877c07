package dev.copydesk.index;

import java.util.List;

/**
 * One story in full: its listing, its articles in arrival order and its timeline.
 *
 * @param summary  the story as lists show it
 * @param articles its articles, in arrival order
 * @param timeline one entry per day with dated articles, oldest first
 */
public record StoryDetail(StoryListing summary, List<Member> articles, List<Day> timeline) {
    /** Copies the lists. */
    public StoryDetail {
        articles = List.copyOf(articles);
        timeline = List.copyOf(timeline);
    }

    /** One article of the story, with its duplicate link. */
    public record Member(String id, String title, String outlet, String published, String duplicateOf,
                         double similarity, List<Integer> differingParagraphs) {
        /** Copies the list. */
        public Member {
            differingParagraphs = List.copyOf(differingParagraphs);
        }
    }

    /** The story's articles dated on one day (ISO date). */
    public record Day(String day, List<String> articles) {
        /** Copies the list. */
        public Day {
            articles = List.copyOf(articles);
        }
    }
}
