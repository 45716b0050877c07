package dev.copydesk.link;

import dev.copydesk.core.Article;
import dev.copydesk.link.dup.DuplicateIndex;
import dev.copydesk.link.dup.DuplicateLink;
import dev.copydesk.link.story.StoryClusterer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
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
 * <p>Memory grows with what linking needs, not with the text: per article its id, title, story and duplicate
 * {@link dev.copydesk.link.dup.Fingerprint} (about four bytes per word), and duplicate candidates come from
 * capped LSH buckets ({@link DuplicateIndex}), so duplicate detection's time per article stays flat as the
 * corpus grows. Build {@link LinkInput}s on worker threads and {@link #add(LinkInput)} them in order to spread
 * the expensive part.
 *
 * <p>Thread-safe ({@link #add} and {@link #finish} are synchronized); deterministic for a given arrival
 * order.
 */
public final class Linker {
    private final StoryClusterer clusterer;
    private final DuplicateIndex duplicates = new DuplicateIndex();
    private final Map<String, String> storyAtArrival = new LinkedHashMap<>();
    private final Map<String, String> titles = new HashMap<>();

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
        String story = clusterer.add(input.id(), input.published(), input.title(), input.text());
        storyAtArrival.put(input.id(), story);
        if (input.title() != null) {
            titles.put(input.id(), input.title());
        }
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

    /** The links of every article added so far, and the stories. */
    public synchronized LinkResult finish() {
        List<DuplicateLink> duplicateLinks = duplicates.links();
        List<ArticleLink> links = new ArrayList<>(storyAtArrival.size());
        Map<String, List<String>> members = new LinkedHashMap<>();
        int arrival = 0;
        for (Map.Entry<String, String> e : storyAtArrival.entrySet()) {
            DuplicateLink d = duplicateLinks.get(arrival++);
            links.add(new ArticleLink(e.getKey(), e.getValue(), d.duplicateOf(), d.similarity(),
                    d.differingParagraphs()));
            members.computeIfAbsent(e.getValue(), s -> new ArrayList<>()).add(e.getKey());
        }
        List<StorySummary> stories = new ArrayList<>(members.size());
        for (Map.Entry<String, List<String>> e : members.entrySet()) {
            stories.add(new StorySummary(e.getKey(), label(e.getValue()), e.getValue()));
        }
        return new LinkResult(links, stories);
    }

    private String label(List<String> articles) {
        for (String id : articles) {
            String title = titles.get(id);
            if (title != null && !title.isBlank()) {
                return title.strip();
            }
        }
        return articles.get(0);
    }

    /** A publication date or date-time as an instant, or {@code null} when absent or not ISO-8601. */
    static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return v.length() == 10 ? LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
