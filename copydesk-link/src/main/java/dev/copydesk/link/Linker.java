package dev.copydesk.link;

import dev.copydesk.core.Article;
import dev.copydesk.link.dup.DuplicateIndex;
import dev.copydesk.link.dup.DuplicateLink;
import dev.copydesk.link.story.StoryClusterer;
import dev.copydesk.link.story.StoryGroup;
import java.util.ArrayList;
import java.util.Comparator;
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
 * <p>Duplicate detection keeps per article only its {@link dev.copydesk.link.dup.Fingerprint} (about four bytes
 * per word, never the text), and its candidates come from capped LSH buckets ({@link DuplicateIndex}), so its
 * time per article stays flat as the corpus grows. Build {@link LinkInput}s on worker threads and {@link
 * #add(LinkInput)} them in order to spread the expensive part.
 *
 * <p>Thread-safe ({@link #add} and {@link #finish} are synchronized); deterministic for a given arrival
 * order.
 */
public final class Linker {
    private final StoryClusterer clusterer;
    private final DuplicateIndex duplicates = new DuplicateIndex();
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
     * A linker for a batch known in advance ({@code copydesk stories}, an evaluation): its story clusterer
     * first counts term frequencies over all of {@code inputs}, so the first articles to arrive are weighed
     * with the same frequencies as the last. Add the same inputs next, with {@link #addAll}. A linker fed
     * over time (ingest) starts empty instead, so later articles never change how earlier ones were weighed.
     */
    public static Linker forBatch(List<LinkInput> inputs) {
        StoryClusterer clusterer = new StoryClusterer();
        clusterer.withPriorFrequencies(inputs.stream().map(LinkInput::story).toList());
        return new Linker(clusterer);
    }

    /**
     * Adds one article (cleaned; analysed when entities should count) and returns the id of the story it
     * joined or started.
     *
     * @throws IllegalArgumentException when an article with the same id was added before
     */
    public String add(Article article) {
        return add(LinkInput.of(article));
    }

    /**
     * Adds one prepared article and returns the id of the story it joined or started.
     *
     * @throws IllegalArgumentException when an article with the same id was added before
     */
    public synchronized String add(LinkInput input) {
        Objects.requireNonNull(input, "input");
        if (storyAtArrival.containsKey(input.id())) {
            throw new IllegalArgumentException("article id " + input.id() + " was added before");
        }
        String story = clusterer.add(input.story());
        storyAtArrival.put(input.id(), story);
        duplicates.add(input.fingerprint());
        return story;
    }

    /**
     * Adds a batch: in publication-time order when every input is dated (ties keep their given order), since
     * streaming stories expect time order; in the given order when any date is missing.
     *
     * @return the story each input joined at arrival, in the given order
     * @throws IllegalArgumentException when an id repeats, in the batch or with an article added before; the
     *                                  inputs before it are added
     */
    public synchronized List<String> addAll(List<LinkInput> inputs) {
        List<LinkInput> order = new ArrayList<>(inputs);
        if (order.stream().allMatch(in -> in.published() != null)) {
            order.sort(Comparator.comparing(LinkInput::published));
        }
        Map<String, String> stories = new HashMap<>();
        for (LinkInput in : order) {
            stories.put(in.id(), add(in));
        }
        List<String> out = new ArrayList<>(inputs.size());
        for (LinkInput in : inputs) {
            out.add(stories.get(in.id()));
        }
        return out;
    }

    /** Number of articles added. */
    public synchronized int size() {
        return storyAtArrival.size();
    }

    /** The links of every article added so far, and the stories after the clusterer's final merges. */
    public synchronized LinkResult finish() {
        List<DuplicateLink> duplicateLinks = duplicates.links();
        Map<String, String> assignments = clusterer.assignments();
        List<ArticleLink> links = new ArrayList<>(storyAtArrival.size());
        int arrival = 0;
        for (String id : storyAtArrival.keySet()) {
            DuplicateLink d = duplicateLinks.get(arrival++);
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
