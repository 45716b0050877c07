package dev.copydesk.index;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

/**
 * Every linked article of one snapshot grouped by story, built once per snapshot from the articles' doc
 * values alone (links, day, and the facet ordinals that give outlets and entities) and shared by the story
 * lists and pages; a story page's titles and dates are read from stored fields the first time it needs them,
 * and kept. Thread-safe.
 */
final class StoryTable {
    /** How many key entities a story lists. */
    static final int KEY_ENTITIES = 8;
    private static final Set<String> FIELDS = Set.of(Schema.TITLE, Schema.OUTLET, Schema.PUBLISHED);
    private static final Set<String> ENTITY_DIMS = Set.copyOf(Schema.ENTITY_DIMS);

    /** One linked article, from doc values alone. */
    record Row(int doc, long seq, String id, Long day, ArticleLinks links, long[] facets) {
    }

    /** What a story page shows of an article, read from its stored fields when first needed. */
    record Shown(String title, String outlet, String published) {
    }

    private final Snapshot snapshot;
    private final Map<String, List<Row>> byStory = new LinkedHashMap<>();
    private final Map<String, Row> byId = new HashMap<>();
    private final Map<Integer, String> storyOfDoc = new HashMap<>();
    private final Map<String, List<String>> copies = new HashMap<>();
    private final List<String> newestFirst;
    private final Map<String, StoryListing> listings = new ConcurrentHashMap<>();
    private final Map<Integer, Shown> shown = new ConcurrentHashMap<>();
    private final Map<Long, String[]> facetLabels = new ConcurrentHashMap<>();
    /** Decodes facet ordinals (a doc values instance is not thread-safe: used under its own lock). */
    private final SortedSetDocValues labels;

    StoryTable(Snapshot s) throws IOException {
        this.snapshot = s;
        SortedSetDocValuesReaderState state = s.facetState();
        SortedSetDocValues facets = state == null ? null : state.getDocValues();
        this.labels = state == null ? null : state.getDocValues();
        List<Row> rows = new ArrayList<>();
        for (LeafReaderContext c : s.getIndexReader().leaves()) {
            LeafReader leaf = c.reader();
            Bits live = leaf.getLiveDocs();
            NumericDocValues seq = DocValues.getNumeric(leaf, Schema.SEQ);
            NumericDocValues day = DocValues.getNumeric(leaf, Schema.DAY);
            SortedDocValues aid = DocValues.getSorted(leaf, Schema.AID);
            Links.Reader links = new Links.Reader(leaf);
            for (int doc = seq.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = seq.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                ArticleLinks l = links.read(doc);
                if (l == null || !aid.advanceExact(doc)) {
                    continue;
                }
                Long dayValue = day.advanceExact(doc) ? day.longValue() : null;
                long[] ords = new long[0];
                if (facets != null && facets.advanceExact(c.docBase + doc)) {
                    ords = new long[facets.docValueCount()];
                    for (int i = 0; i < ords.length; i++) {
                        ords[i] = facets.nextOrd();
                    }
                }
                rows.add(new Row(c.docBase + doc, seq.longValue(), aid.lookupOrd(aid.ordValue()).utf8ToString(), dayValue,
                        l, ords));
            }
        }
        rows.sort(Comparator.comparingLong(Row::seq));
        for (Row r : rows) {
            byStory.computeIfAbsent(r.links().story(), k -> new ArrayList<>()).add(r);
            byId.put(r.id(), r);
            storyOfDoc.put(r.doc(), r.links().story());
            if (r.links().duplicateOf() != null) {
                copies.computeIfAbsent(r.links().duplicateOf(), k -> new ArrayList<>()).add(r.id());
            }
        }
        List<String> order = new ArrayList<>(byStory.keySet());
        Map<String, Long> last = new HashMap<>();
        byStory.forEach((id, members) -> last.put(id, members.stream().map(Row::day)
                .filter(java.util.Objects::nonNull).max(Long::compare).orElse(Long.MIN_VALUE)));
        order.sort(Comparator.<String>comparingLong(last::get).reversed()
                .thenComparing(Comparator.<String>comparingInt(id -> byStory.get(id).size()).reversed())
                .thenComparing(Comparator.naturalOrder()));
        newestFirst = List.copyOf(order);
    }

    private Shown shown(Row r) {
        return shown.computeIfAbsent(r.doc(), doc -> {
            try {
                Document d = snapshot.storedFields().document(doc, FIELDS);
                return new Shown(d.get(Schema.TITLE), d.get(Schema.OUTLET), d.get(Schema.PUBLISHED));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** A facet ordinal as {dimension, value}, decoded once. */
    private String[] label(long ord) {
        return facetLabels.computeIfAbsent(ord, o -> {
            synchronized (labels) {
                try {
                    return FacetsConfig.stringToPath(labels.lookupOrd(o).utf8ToString());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        });
    }

    /** Story ids, newest first (by latest dated article, then larger, then id). */
    List<String> newestFirst() {
        return newestFirst;
    }

    /** The story of the article at global doc id {@code doc}, or {@code null} when unlinked. */
    String storyOf(int doc) {
        return storyOfDoc.get(doc);
    }

    /** The listing of story {@code id}, which must exist. */
    StoryListing listing(String id) {
        return listings.computeIfAbsent(id, k -> summarize(k, byStory.get(k)));
    }

    Optional<StoryDetail> detail(String id) {
        List<Row> members = byStory.get(id);
        if (members == null) {
            return Optional.empty();
        }
        List<StoryDetail.Member> articles = new ArrayList<>(members.size());
        TreeMap<Long, List<String>> days = new TreeMap<>();
        for (Row r : members) {
            Shown a = shown(r);
            articles.add(new StoryDetail.Member(r.id(), a.title(), a.outlet(), a.published(), r.links().duplicateOf(),
                    r.links().similarity(), r.links().differingParagraphs()));
            if (r.day() != null) {
                days.computeIfAbsent(r.day(), k -> new ArrayList<>()).add(r.id());
            }
        }
        List<StoryDetail.Day> timeline = new ArrayList<>(days.size());
        days.forEach((d, ids) -> timeline.add(new StoryDetail.Day(LocalDate.ofEpochDay(d).toString(), ids)));
        return Optional.of(new StoryDetail(listing(id), articles, timeline));
    }

    Optional<ArticleStory> article(String id) {
        Row r = byId.get(id);
        if (r == null) {
            return Optional.empty();
        }
        return Optional.of(new ArticleStory(r.links(), byStory.get(r.links().story()).size(),
                copies.getOrDefault(id, List.of())));
    }

    private StoryListing summarize(String id, List<Row> members) {
        Map<String, Integer> outlets = new HashMap<>();
        Map<String, Integer> entities = new HashMap<>();
        Long first = null;
        Long last = null;
        for (Row r : members) {
            Set<String> names = new java.util.HashSet<>();
            for (long ord : r.facets()) {
                String[] path = label(ord);
                if (path.length < 2) {
                    continue;
                }
                if (path[0].equals(Schema.DIM_SOURCE)) {
                    outlets.merge(path[1], 1, Integer::sum);
                } else if (ENTITY_DIMS.contains(path[0]) && names.add(path[1])) {
                    entities.merge(path[1], 1, Integer::sum);
                }
            }
            if (r.day() != null) {
                first = first == null ? r.day() : Math.min(first, r.day());
                last = last == null ? r.day() : Math.max(last, r.day());
            }
        }
        List<String> outletList = byCount(outlets).stream().map(Map.Entry::getKey).toList();
        List<FacetValue> key = byCount(entities).stream().limit(KEY_ENTITIES)
                .map(e -> new FacetValue(e.getKey(), e.getValue())).toList();
        return new StoryListing(id, members.get(0).links().storyLabel(), members.size(), outletList,
                first == null ? null : LocalDate.ofEpochDay(first).toString(),
                last == null ? null : LocalDate.ofEpochDay(last).toString(), key);
    }

    private static List<Map.Entry<String, Integer>> byCount(Map<String, Integer> counts) {
        List<Map.Entry<String, Integer>> list = new ArrayList<>(counts.entrySet());
        list.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        return list;
    }
}
