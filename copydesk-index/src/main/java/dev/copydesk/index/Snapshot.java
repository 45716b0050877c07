package dev.copydesk.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * A point-in-time view of the index: a searcher plus what is worth computing once per view and
 * sharing between the queries that use it: the facet ordinals (built on first use, so writers that
 * refresh often never pay for them) and the facet counts over every article. Thread-safe.
 */
final class Snapshot extends IndexSearcher {
    private final FacetsConfig config;
    private volatile boolean stateBuilt;
    private SortedSetDocValuesReaderState state;
    private volatile AllCounts all;
    private volatile StoryTable stories;

    /** Most results kept per snapshot; a snapshot lives until the next refresh, so results never go stale. */
    static final int CACHED_RESULTS = 512;

    /** Work whose result is worth keeping for the snapshot's life. */
    interface Work<T> {
        T run() throws IOException;
    }

    private final Map<Object, Object> results = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
                    return size() > CACHED_RESULTS;
                }
            });

    /**
     * The result of {@code work} for {@code key} on this snapshot, computed once and then reused (least
     * recently used results are dropped first). Results must be immutable. Failures are not kept.
     */
    @SuppressWarnings("unchecked")
    <T> T cached(Object key, Work<T> work) throws IOException {
        Object hit = results.get(key);
        if (hit != null) {
            return (T) hit;
        }
        T value = work.run();
        if (value != null) {
            results.put(key, value);
        }
        return value;
    }

    Snapshot(IndexReader reader, FacetsConfig config) {
        super(reader);
        this.config = config;
    }

    /** Makes a snapshot of each reader the searcher manager opens. */
    static SearcherFactory factory(FacetsConfig config) {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
                return new Snapshot(reader, config);
            }
        };
    }

    /** The facet ordinals of this view, or {@code null} when no article has a facet yet. */
    SortedSetDocValuesReaderState facetState() throws IOException {
        if (!stateBuilt) {
            synchronized (this) {
                if (!stateBuilt) {
                    FieldInfo info = FieldInfos.getMergedFieldInfos(getIndexReader()).fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
                    state = info == null ? null : new DefaultSortedSetDocValuesReaderState(getIndexReader(), config);
                    stateBuilt = true;
                }
            }
        }
        return state;
    }

    /** Facet counts over the articles {@code hits} collected ({@code null}: every article), or {@code null} without facets. */
    SortedSetDocValuesFacetCounts counts(FacetsCollector hits) throws IOException {
        SortedSetDocValuesReaderState s = facetState();
        if (s == null) {
            return null;
        }
        return hits == null ? new SortedSetDocValuesFacetCounts(s) : new SortedSetDocValuesFacetCounts(s, hits);
    }

    /** Counts over every article, computed once per view. */
    AllCounts all() throws IOException {
        AllCounts a = all;
        if (a == null) {
            synchronized (this) {
                a = all;
                if (a == null) {
                    a = new AllCounts(counts(null), this);
                    all = a;
                }
            }
        }
        return a;
    }

    /** The articles of this view grouped by story, built once per view. */
    StoryTable stories() throws IOException {
        StoryTable t = stories;
        if (t == null) {
            synchronized (this) {
                t = stories;
                if (t == null) {
                    t = new StoryTable(this);
                    stories = t;
                }
            }
        }
        return t;
    }

    /** Whether the view's facets know dimension {@code dim}. */
    boolean hasDim(String dim) throws IOException {
        SortedSetDocValuesReaderState s = facetState();
        return s != null && s.getOrdRange(dim) != null;
    }

    /** The top {@code n} values of {@code dim} in {@code counts}, most frequent first, then by value. */
    List<FacetValue> top(SortedSetDocValuesFacetCounts counts, String dim, int n) throws IOException {
        if (counts == null || n <= 0 || !hasDim(dim)) {
            return List.of();
        }
        FacetResult r = counts.getTopChildren(n, dim);
        return values(r);
    }

    /** Every value of {@code dim} in {@code counts}, in value order. */
    List<FacetValue> allValues(SortedSetDocValuesFacetCounts counts, String dim) throws IOException {
        if (counts == null || !hasDim(dim)) {
            return List.of();
        }
        List<FacetValue> out = new ArrayList<>(values(counts.getAllChildren(dim)));
        out.sort(Comparator.comparing(FacetValue::value));
        return out;
    }

    private static List<FacetValue> values(FacetResult r) {
        if (r == null) {
            return List.of();
        }
        List<FacetValue> out = new ArrayList<>(r.labelValues.length);
        for (LabelAndValue lv : r.labelValues) {
            out.add(new FacetValue(lv.label, lv.value.longValue()));
        }
        return out;
    }

    /** The facets of a set of matches: {@code n} values per dimension, every month. */
    Facets facets(SortedSetDocValuesFacetCounts counts, int n) throws IOException {
        Map<String, List<FacetValue>> entities = new LinkedHashMap<>();
        for (String dim : Schema.ENTITY_DIMS) {
            entities.put(dim, top(counts, dim, n));
        }
        return new Facets(entities, top(counts, Schema.DIM_SPEAKER, n), top(counts, Schema.DIM_SOURCE, n),
                allValues(counts, Schema.DIM_MONTH));
    }

    /** Facets over every article, and every entity with its article count, most-mentioned first. */
    static final class AllCounts {
        final SortedSetDocValuesFacetCounts counts;
        final List<EntitySummary> entities;
        /** The entities' canonical names as filter keys (lower case), by position. */
        final String[] keys;
        private final Map<Integer, Facets> facets = new java.util.concurrent.ConcurrentHashMap<>();
        private final Snapshot owner;

        AllCounts(SortedSetDocValuesFacetCounts counts, Snapshot owner) throws IOException {
            this.counts = counts;
            this.owner = owner;
            List<EntitySummary> list = new ArrayList<>();
            for (String dim : Schema.ENTITY_DIMS) {
                for (FacetValue v : owner.allValues(counts, dim)) {
                    list.add(new EntitySummary(v.value(), dim, v.count()));
                }
            }
            list.sort(Comparator.comparingLong(EntitySummary::articles).reversed().thenComparing(EntitySummary::canonical)
                    .thenComparing(EntitySummary::type));
            this.entities = List.copyOf(list);
            this.keys = list.stream().map(e -> Schema.key(e.canonical())).toArray(String[]::new);
        }

        Facets facets(int n) {
            return facets.computeIfAbsent(n, k -> {
                try {
                    return owner.facets(counts, k);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
