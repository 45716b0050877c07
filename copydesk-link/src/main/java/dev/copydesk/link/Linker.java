package dev.copydesk.link;

import dev.copydesk.core.Article;
import dev.copydesk.link.dup.DupInput;
import dev.copydesk.link.dup.DuplicateFinder;
import dev.copydesk.link.dup.DuplicateLink;
import dev.copydesk.link.story.StoryClusterer;
import dev.copydesk.link.story.StoryGroup;
import dev.copydesk.link.story.StoryInput;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The one linking pipeline that the CLI, ingest and the HTTP edge call: articles arrive one at a time
 * (in time order when the caller knows it), each joins a story at once, and {@link #finish} gives the
 * final links: stories after any merges, and duplicates with their originals over everything added.
 *
 * <p>Thread-safe ({@link #add} and {@link #finish} are synchronized); deterministic for a given arrival
 * order. Duplicate links do not depend on the order at all.
 */
public final class Linker {
    private final StoryClusterer clusterer;
    private final List<DupInput> texts = new ArrayList<>();
    private final Map<String, String> storyAtArrival = new LinkedHashMap<>();

    /** A linker with the default story clusterer. */
    public Linker() {
        this(new StoryClusterer());
    }

    /** A linker over {@code clusterer}, which it then owns. */
    public Linker(StoryClusterer clusterer) {
        this.clusterer = Objects.requireNonNull(clusterer, "clusterer");
    }

    /**
     * Adds one article (cleaned; analysed when entities should count) and returns the id of the story it
     * joined or started.
     *
     * @throws IllegalArgumentException when an article with the same id was added before
     */
    public synchronized String add(Article article) {
        Objects.requireNonNull(article, "article");
        if (storyAtArrival.containsKey(article.id())) {
            throw new IllegalArgumentException("article id " + article.id() + " was added before");
        }
        String story = clusterer.add(StoryInput.of(article));
        storyAtArrival.put(article.id(), story);
        texts.add(new DupInput(article.id(), article.published(), article.title(), article.text()));
        return story;
    }

    /** Number of articles added. */
    public synchronized int size() {
        return storyAtArrival.size();
    }

    /** The links of every article added so far, and the stories after the clusterer's final merges. */
    public synchronized LinkResult finish() {
        Map<String, DuplicateLink> duplicates = new HashMap<>();
        for (DuplicateLink link : new DuplicateFinder().find(texts)) {
            duplicates.put(link.id(), link);
        }
        Map<String, String> assignments = clusterer.assignments();
        List<ArticleLink> links = new ArrayList<>(storyAtArrival.size());
        for (String id : storyAtArrival.keySet()) {
            DuplicateLink d = duplicates.get(id);
            links.add(new ArticleLink(id, assignments.get(id), d.duplicateOf(), d.similarity(),
                    d.differingParagraphs()));
        }
        List<StorySummary> stories = new ArrayList<>();
        for (StoryGroup group : clusterer.stories()) {
            stories.add(new StorySummary(group.id(), group.label(), group.articles()));
        }
        return new LinkResult(links, stories);
    }
}
