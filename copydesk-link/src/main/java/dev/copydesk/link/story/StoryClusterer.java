package dev.copydesk.link.story;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Streaming story clustering: articles arrive one by one and each joins the open story it is most similar
 * to, or starts a new one; a final pass ({@link #assignments}, {@link #stories}) gives every article a second
 * look at the stories as they ended up, merges stories whose centroids came out very close, and splits a story
 * whose members fall into two groups that are, article to article, far apart ({@link StorySettings#splitThreshold};
 * stories of up to {@link StorySplitter#MAX_MEMBERS} members). Thread-safe (every public method is synchronized);
 * deterministic for a given arrival order.
 *
 * <p>An article is one TF-IDF sub-vector per feature (words, stems, entity names, numbers; see
 * {@link StorySettings}), each capped to its {@link #VECTOR_TERMS} heaviest terms and scaled to unit length.
 * Document frequencies are counted over the articles seen so far (this one included), on top of any
 * {@linkplain #withPriorFrequencies prior} counts. The similarity of an article to a story is the weighted
 * mean of the cosines between its sub-vectors and the story's centroids (sums of member sub-vectors) over
 * the features both have. Candidate stories come from an inverted index of the heaviest words and names of
 * each member, with bounded postings, so each article is compared to at most {@link #MAX_CANDIDATES}
 * stories. The article joins the most similar candidate when the similarity reaches the threshold (ties go
 * to the older story); otherwise it starts a story whose id is {@code "s" + its id}.
 *
 * <p>Time: when both the article and a story carry publication times, the similarity shrinks linearly with
 * the gap between the article and the span of the story's times, by up to {@link #TIME_DECAY} at
 * {@link #WINDOW}; past the window the story is closed to it.
 *
 * <p>Cost: each article costs one walk over at most {@code 2 ×} {@link #INDEX_TERMS} bounded postings lists
 * and {@link #MAX_CANDIDATES} cosines, and so does each article and story in the final pass: time and memory
 * grow linearly with the stream (each article's capped sub-vectors are kept for the second look). 100,000
 * synthetic articles of ~600 words took about 70 s to add and 4 s to finish in a 2 GB heap on a shared
 * 2-core machine.
 */
public final class StoryClusterer {
    /** The default join threshold ({@link StorySettings#DEFAULTS}). */
    public static final double DEFAULT_THRESHOLD = StorySettings.DEFAULTS.threshold();
    /** How many times a title word counts by default. */
    public static final double TITLE_WEIGHT = StorySettings.DEFAULTS.titleWeight();
    /** How many of an article's heaviest words, and of its heaviest names, find and index candidate stories. */
    public static final int INDEX_TERMS = 12;
    /** How many of an article's heaviest terms each of its sub-vectors keeps. */
    public static final int VECTOR_TERMS = 150;
    /** How many stories a term may index before it is dropped from the index as not discriminative. */
    public static final int MAX_POSTINGS = 1_000;
    /** How many candidate stories, those sharing the most heavy terms, an article is compared with. */
    public static final int MAX_CANDIDATES = 64;
    /** How long before or after a story's members a dated article may still join it. */
    public static final Duration WINDOW = Duration.ofDays(14);
    /** How much of the similarity a gap of a whole {@link #WINDOW} takes away (not tuned: ECB+ has no dates). */
    public static final double TIME_DECAY = 0.3;

    private static final Feature[] FEATURES = Feature.values();
    private static final Feature[] INDEXED = {Feature.WORDS, Feature.ENTITIES};

    private final StorySettings settings;
    private final StoryTerms terms = new StoryTerms();
    private final Map<String, Integer> dictionary = new HashMap<>();
    private final List<String> vocabulary = new ArrayList<>();
    private int[] documentFrequency = new int[1024];
    private int documents;
    private final InvertedIndex index = new InvertedIndex(MAX_POSTINGS);
    private final List<Story> stories = new ArrayList<>();
    private final Hits hits = new Hits();
    private final Map<String, Member> arrivals = new LinkedHashMap<>();
    private final Map<String, String> titles = new HashMap<>();
    private boolean merged = true;

    /** A clusterer with {@link StorySettings#DEFAULTS}. */
    public StoryClusterer() {
        this(StorySettings.DEFAULTS);
    }

    /** A clusterer with the default settings but the join threshold {@code threshold} (0 &lt; threshold ≤ 1). */
    public StoryClusterer(double threshold) {
        this(StorySettings.DEFAULTS.withThreshold(threshold));
    }

    /** A clusterer with {@code settings}. */
    public StoryClusterer(StorySettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Counts the terms of {@code inputs} as if they had been seen before, so the first articles of a stream
     * are weighed with the frequencies of the whole: a batch caller passes the whole input first. The inputs
     * are not clustered. Returns this clusterer.
     */
    public synchronized StoryClusterer withPriorFrequencies(Iterable<StoryInput> inputs) {
        for (StoryInput input : inputs) {
            count(terms.features(input, settings.titleWeight(), settings.stems() > 0));
        }
        return this;
    }

    /**
     * Adds one article and returns the id of the story it joined or started (before final merges; see
     * {@link #assignments}).
     *
     * @param id the article's id, not null
     * @param published its publication time, or null when unknown
     * @param title its title, or null
     * @param text its body text, or null
     */
    public String add(String id, Instant published, String title, String text) {
        return add(new StoryInput(id, published, title, text, null));
    }

    /** Adds one article and returns the id of the story it joined or started (before final merges). */
    public synchronized String add(StoryInput input) {
        Objects.requireNonNull(input, "input");
        Map<Feature, Map<String, Double>> counts = terms.features(input, settings.titleWeight(), settings.stems() > 0);
        int[][] ids = count(counts);
        TermVector[] vectors = new TermVector[FEATURES.length];
        for (Feature f : FEATURES) {
            vectors[f.ordinal()] = vector(ids[f.ordinal()], counts.get(f).values());
        }
        Story best = best(vectors, input.published(), null);
        if (best == null) {
            best = new Story(stories.size(), "s" + input.id());
            stories.add(best);
        }
        join(best, vectors, input.published());
        arrivals.put(input.id(), new Member(input.id(), best, vectors, input.published()));
        if (input.title() != null && !input.title().isBlank()) {
            titles.put(input.id(), input.title().strip());
        }
        merged = false;
        return best.id;
    }

    /**
     * The most similar open candidate story at or above the threshold, else null; {@code own}, when not null,
     * is always a candidate and wins ties.
     */
    private Story best(TermVector[] vectors, Instant published, Story own) {
        List<Story> candidates = candidates(vectors, published);
        if (own != null) {
            candidates.add(0, own);
        }
        Story best = null;
        double bestSimilarity = -1;
        for (Story story : candidates) {
            double similarity = similarity(vectors, story) * timeFactor(story.gap(published));
            if (similarity > bestSimilarity || similarity == bestSimilarity && best != own
                    && (story == own || story.order < best.order)) {
                best = story;
                bestSimilarity = similarity;
            }
        }
        return bestSimilarity < settings.threshold() ? null : best;
    }

    private void join(Story story, TermVector[] vectors, Instant published) {
        story.add(vectors, published);
        for (Feature f : INDEXED) {
            TermVector v = vectors[f.ordinal()];
            for (int i = 0; i < Math.min(INDEX_TERMS, v.size()); i++) {
                index.add(v.ids()[i], story.order);
            }
        }
    }

    /** The settings this clusterer decides with. */
    public StorySettings settings() {
        return settings;
    }

    /** The cosine an article needs with a story to join it. */
    public double threshold() {
        return settings.threshold();
    }

    /** Number of stories started so far (before final merges). */
    public synchronized int storyCount() {
        return stories.size();
    }

    /** The final story of every article added, after merging close stories: article id to story id. */
    public synchronized Map<String, String> assignments() {
        merge();
        Map<String, String> assignments = new LinkedHashMap<>();
        arrivals.forEach((article, member) -> assignments.put(article, member.story.root().id));
        return assignments;
    }

    /** The final stories, after merging close stories, in the order they started. */
    public synchronized List<StoryGroup> stories() {
        merge();
        Map<Story, List<String>> members = new java.util.TreeMap<>((a, b) -> Integer.compare(a.order, b.order));
        arrivals.forEach((article, member) ->
                members.computeIfAbsent(member.story.root(), s -> new ArrayList<>()).add(article));
        List<StoryGroup> groups = new ArrayList<>(members.size());
        members.forEach((story, articles) -> groups.add(new StoryGroup(story.id, label(story, articles), articles)));
        return groups;
    }

    /** Counts the document frequency of each term once and returns the term ids of each feature. */
    private int[][] count(Map<Feature, Map<String, Double>> counts) {
        documents++;
        int[][] ids = new int[FEATURES.length][];
        for (Feature f : FEATURES) {
            if (settings.weight(f) <= 0) {
                counts.put(f, Map.of());
            }
            Map<String, Double> c = counts.get(f);
            int[] fid = new int[c.size()];
            int i = 0;
            for (String term : c.keySet()) {
                int id = id(f.prefix + term);
                documentFrequency[id]++;
                fid[i++] = id;
            }
            ids[f.ordinal()] = fid;
        }
        return ids;
    }

    private int id(String term) {
        Integer id = dictionary.get(term);
        if (id == null) {
            id = vocabulary.size();
            dictionary.put(term, id);
            vocabulary.add(term);
            if (id == documentFrequency.length) {
                documentFrequency = Arrays.copyOf(documentFrequency, id * 2);
            }
        }
        return id;
    }

    /** The unit TF-IDF vector of term ids and their counts, heaviest terms first (ties by id). */
    private TermVector vector(int[] ids, Iterable<Double> counts) {
        if (ids.length == 0) {
            return TermVector.EMPTY;
        }
        Integer[] order = new Integer[ids.length];
        double[] weights = new double[ids.length];
        int i = 0;
        for (double count : counts) {
            weights[i] = (1 + Math.log(count)) * idf(ids[i]);
            order[i] = i;
            i++;
        }
        Arrays.sort(order, (a, b) -> weights[a] != weights[b] ? Double.compare(weights[b], weights[a])
                : Integer.compare(ids[a], ids[b]));
        int n = Math.min(VECTOR_TERMS, ids.length);
        double norm = 0;
        for (int k = 0; k < n; k++) {
            norm += weights[order[k]] * weights[order[k]];
        }
        norm = Math.sqrt(norm);
        int[] keptIds = new int[n];
        float[] kept = new float[n];
        for (int k = 0; k < n; k++) {
            keptIds[k] = ids[order[k]];
            kept[k] = (float) (norm == 0 ? 0 : weights[order[k]] / norm);
        }
        return norm == 0 ? TermVector.EMPTY : new TermVector(keptIds, kept);
    }

    private double idf(int id) {
        return Math.log(1 + (double) documents / Math.max(1, documentFrequency[id]));
    }

    /** Open stories sharing the most heavy words and names with the article, at most {@link #MAX_CANDIDATES}. */
    private List<Story> candidates(TermVector[] vectors, Instant published) {
        hits.clear();
        for (Feature f : INDEXED) {
            TermVector v = vectors[f.ordinal()];
            for (int i = 0; i < Math.min(INDEX_TERMS, v.size()); i++) {
                int[] postings = index.postings(v.ids()[i]);
                for (int k = 0, n = index.size(v.ids()[i]); k < n; k++) {
                    hits.add(stories.get(postings[k]).root().order, v.weights()[i]);
                }
            }
        }
        List<Story> found = new ArrayList<>();
        for (int order : hits.top(Integer.MAX_VALUE)) {
            Story story = stories.get(order);
            if (open(story.gap(published))) {
                found.add(story);
                if (found.size() == MAX_CANDIDATES) {
                    break;
                }
            }
        }
        return found;
    }

    /** The weighted mean of the cosines between an article's sub-vectors and a story's centroids. */
    private double similarity(TermVector[] vectors, Story story) {
        double sum = 0;
        double weights = 0;
        for (Feature f : FEATURES) {
            double w = settings.weight(f);
            Centroid c = story.centroids[f.ordinal()];
            if (w > 0 && !vectors[f.ordinal()].isEmpty() && !c.isEmpty()) {
                sum += w * c.cosine(vectors[f.ordinal()]);
                weights += w;
            }
        }
        return weights == 0 ? 0 : sum / weights;
    }

    /** The weighted mean of the cosines between two stories' centroids. */
    private double similarity(Story a, Story b) {
        double sum = 0;
        double weights = 0;
        for (Feature f : FEATURES) {
            double w = settings.weight(f);
            Centroid ca = a.centroids[f.ordinal()];
            Centroid cb = b.centroids[f.ordinal()];
            if (w > 0 && !ca.isEmpty() && !cb.isEmpty()) {
                sum += w * ca.cosine(cb);
                weights += w;
            }
        }
        return weights == 0 ? 0 : sum / weights;
    }

    private static boolean open(Duration gap) {
        return gap.compareTo(WINDOW) <= 0;
    }

    private static double timeFactor(Duration gap) {
        return 1 - TIME_DECAY * Math.min(1.0, (double) gap.toSeconds() / WINDOW.toSeconds());
    }

    /**
     * The second look: each article, in arrival order, leaves its story for the most similar other candidate
     * when that one is more similar than its own story without it and reaches the threshold. An article that
     * came before its story's first members had formed one gets its chance here.
     */
    private void reassign() {
        for (Member member : arrivals.values()) {
            Story own = member.story.root();
            own.remove(member.vectors);
            Story best = best(member.vectors, member.published, own);
            if (best == null) {
                best = own;
            }
            join(best, member.vectors, member.published);
            member.story = best;
        }
    }

    /**
     * The final pass: each story, oldest first, merges into the older open story most similar to it when
     * their centroids' similarity reaches the merge threshold. Candidates come from the inverted index.
     */
    private void merge() {
        if (merged) {
            return;
        }
        merged = true;
        if (settings.reassign()) {
            reassign();
        }
        for (Story story : stories) {
            if (story.root() != story) {
                continue;
            }
            Story best = null;
            double bestSimilarity = -1;
            for (Story other : olderCandidates(story)) {
                double similarity = similarity(story, other) * timeFactor(story.gap(other));
                if (similarity > bestSimilarity) {
                    best = other;
                    bestSimilarity = similarity;
                }
            }
            if (best != null && bestSimilarity >= settings.mergeThreshold()) {
                best.absorb(story);
            }
        }
        if (settings.splitThreshold() > 0) {
            split();
        }
    }

    /**
     * The last step: a story whose members fall into two groups less similar, on average article to article,
     * than the split threshold becomes two stories; the second takes the id of its first member whose id no
     * other story holds (a member moved by the second look may have founded a story that still stands).
     */
    private void split() {
        Map<Story, List<Member>> byStory = new LinkedHashMap<>();
        arrivals.values().forEach(m -> byStory.computeIfAbsent(m.story.root(), s -> new ArrayList<>()).add(m));
        Set<String> ids = new HashSet<>();
        byStory.keySet().forEach(story -> ids.add(story.id));
        StorySplitter.Similarity similarity = (a, b) -> {
            Story one = new Story(-1, "");
            one.add(b, null);
            return similarity(a, one);
        };
        byStory.forEach((story, members) -> {
            boolean[] second = StorySplitter.split(members.stream().map(m -> m.vectors).toList(), similarity,
                    settings.splitThreshold());
            if (second == null) {
                return;
            }
            String id = StorySplitter.secondId(story.id, members.stream().map(m -> m.id).toList(), second, ids);
            Story other = null;
            for (int i = 0; i < second.length; i++) {
                Member m = members.get(i);
                if (second[i]) {
                    if (other == null) {
                        other = new Story(stories.size(), id);
                        stories.add(other);
                    }
                    story.remove(m.vectors);
                    join(other, m.vectors, m.published);
                    m.story = other;
                }
            }
        });
    }

    private List<Story> olderCandidates(Story story) {
        hits.clear();
        for (Feature f : INDEXED) {
            for (int term : story.centroids[f.ordinal()].top(INDEX_TERMS)) {
                int[] postings = index.postings(term);
                for (int k = 0, n = index.size(term); k < n; k++) {
                    Story other = stories.get(postings[k]).root();
                    if (other.order < story.order) {
                        hits.add(other.order, 1f);
                    }
                }
            }
        }
        List<Story> found = new ArrayList<>();
        for (int order : hits.top(Integer.MAX_VALUE)) {
            Story other = stories.get(order);
            if (open(story.gap(other))) {
                found.add(other);
                if (found.size() == MAX_CANDIDATES) {
                    break;
                }
            }
        }
        return found;
    }

    /** The title closest to the story's word centroid, else its five heaviest words, else its first article. */
    private String label(Story story, List<String> articles) {
        Centroid words = story.centroids[Feature.WORDS.ordinal()];
        String best = null;
        double bestCosine = -1;
        for (String article : articles) {
            String title = titles.get(article);
            if (title == null) {
                continue;
            }
            Map<String, Double> counts = StoryTerms.of(title, null, 1);
            List<Integer> ids = new ArrayList<>();
            List<Double> kept = new ArrayList<>();
            counts.forEach((term, count) -> {
                Integer id = dictionary.get(Feature.WORDS.prefix + term);
                if (id != null) {
                    ids.add(id);
                    kept.add(count);
                }
            });
            double cosine = words.cosine(vector(ids.stream().mapToInt(Integer::intValue).toArray(), kept));
            if (cosine > bestCosine) {
                best = title;
                bestCosine = cosine;
            }
        }
        if (best != null) {
            return best;
        }
        StringBuilder heaviest = new StringBuilder();
        for (int id : words.top(5)) {
            heaviest.append(heaviest.isEmpty() ? "" : " ").append(vocabulary.get(id).substring(1));
        }
        return heaviest.isEmpty() ? articles.get(0) : heaviest.toString();
    }
}
