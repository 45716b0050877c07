package dev.copydesk.index;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

/**
 * Every linked article of one snapshot grouped by story, built once per snapshot (one pass over the
 * articles' doc values and a few stored fields) and shared by the story lists and pages. Immutable after
 * construction, so thread-safe.
 */
final class StoryTable {
    /** How many key entities a story lists. */
    static final int KEY_ENTITIES = 8;
    private static final Set<String> FIELDS = Set.of(Schema.AID, Schema.TITLE, Schema.OUTLET, Schema.PUBLISHED,
            Schema.MENTIONS);

    /** One linked article. */
    record Row(int doc, long seq, String id, String title, String outlet, String published, Long day,
               ArticleLinks links, List<String> entities) {
    }

    private final Map<String, List<Row>> byStory = new LinkedHashMap<>();
    private final Map<String, Row> byId = new HashMap<>();
    private final Map<Integer, String> storyOfDoc = new HashMap<>();
    private final Map<String, List<String>> copies = new HashMap<>();
    private final List<String> newestFirst;
    private final Map<String, StoryListing> listings = new ConcurrentHashMap<>();

    StoryTable(Snapshot s) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (LeafReaderContext c : s.getIndexReader().leaves()) {
            LeafReader leaf = c.reader();
            Bits live = leaf.getLiveDocs();
            NumericDocValues seq = DocValues.getNumeric(leaf, Schema.SEQ);
            NumericDocValues day = DocValues.getNumeric(leaf, Schema.DAY);
            Links.Reader links = new Links.Reader(leaf);
            StoredFields stored = leaf.storedFields();
            for (int doc = seq.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = seq.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                ArticleLinks l = links.read(doc);
                if (l == null) {
                    continue;
                }
                Document d = stored.document(doc, FIELDS);
                Long dayValue = day.advanceExact(doc) ? day.longValue() : null;
                rows.add(new Row(c.docBase + doc, seq.longValue(), d.get(Schema.AID), d.get(Schema.TITLE),
                        d.get(Schema.OUTLET), d.get(Schema.PUBLISHED), dayValue, l, entities(d.get(Schema.MENTIONS))));
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

    private static List<String> entities(String mentions) {
        if (mentions == null || mentions.isEmpty()) {
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>();
        for (String line : mentions.split(String.valueOf(Schema.LINE_SEP))) {
            int sep = line.indexOf(Schema.FIELD_SEP);
            if (sep > 0) {
                names.add(line.substring(0, sep));
            }
        }
        return List.copyOf(names);
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
            articles.add(new StoryDetail.Member(r.id(), r.title(), r.outlet(), r.published(), r.links().duplicateOf(),
                    r.links().similarity(), r.links().differingParagraphs()));
            if (r.day() != null) {
                days.computeIfAbsent(r.day(), k -> new ArrayList<>()).add(r.id());
            }
        }
        List<StoryDetail.Day> timeline = new ArrayList<>(days.size());
        days.forEach((d, ids) -> timeline.add(new StoryDetail.Day(LocalDate.ofEpochDay(d).toString(), ids)));
        return Optional.of(new StoryDetail(listing(id), articles, timeline));
    }

    /** Ids of the articles of story {@code id} in arrival order, or empty when unknown. */
    List<String> members(String id) {
        List<Row> members = byStory.get(id);
        return members == null ? List.of() : members.stream().map(Row::id).toList();
    }

    Optional<ArticleStory> article(String id) {
        Row r = byId.get(id);
        if (r == null) {
            return Optional.empty();
        }
        return Optional.of(new ArticleStory(r.links(), byStory.get(r.links().story()).size(),
                copies.getOrDefault(id, List.of())));
    }

    private static StoryListing summarize(String id, List<Row> members) {
        Map<String, Integer> outlets = new HashMap<>();
        Map<String, Integer> entities = new HashMap<>();
        Long first = null;
        Long last = null;
        for (Row r : members) {
            if (r.outlet() != null) {
                outlets.merge(r.outlet(), 1, Integer::sum);
            }
            for (String e : r.entities()) {
                entities.merge(e, 1, Integer::sum);
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
