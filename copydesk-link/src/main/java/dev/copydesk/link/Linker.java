package dev.copydesk.link;

import dev.copydesk.core.Article;
import dev.copydesk.link.dup.DupInput;
import dev.copydesk.link.dup.DuplicateFinder;
import dev.copydesk.link.dup.DuplicateLink;
import dev.copydesk.link.story.StoryClusterer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
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
    public synchronized String add(Article article) {
        Objects.requireNonNull(article, "article");
        if (storyAtArrival.containsKey(article.id())) {
            throw new IllegalArgumentException("article id " + article.id() + " was added before");
        }
        String story = clusterer.add(article.id(), instant(article.published()), article.title(), article.text());
        storyAtArrival.put(article.id(), story);
        titles.put(article.id(), article.title());
        texts.add(new DupInput(article.id(), article.published(), article.title(), article.text()));
        return story;
    }

    /** Number of articles added. */
    public synchronized int size() {
        return storyAtArrival.size();
    }

    /** The links of every article added so far, and the stories. */
    public synchronized LinkResult finish() {
        Map<String, DuplicateLink> duplicates = new HashMap<>();
        for (DuplicateLink link : new DuplicateFinder().find(texts)) {
            duplicates.put(link.id(), link);
        }
        List<ArticleLink> links = new ArrayList<>(storyAtArrival.size());
        Map<String, List<String>> members = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : storyAtArrival.entrySet()) {
            DuplicateLink d = duplicates.get(e.getKey());
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
