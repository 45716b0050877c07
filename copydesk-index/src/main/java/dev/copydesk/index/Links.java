package dev.copydesk.index;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.copydesk.annotate.Entity;
import dev.copydesk.annotate.EntityType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The link fields of article documents: doc values only, so that relinking the corpus updates them in
 * place ({@link IndexWriter#updateDocValues}) instead of writing each article again. Every article is
 * written unlinked (an empty story) and gets its links at the next relink. Stateless and thread-safe.
 */
final class Links {
    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final BytesRef EMPTY = new BytesRef();

    private Links() {
    }

    /** Adds the link fields of an article not linked yet. */
    static void addUnlinked(Document d) {
        for (Field f : fields(null)) {
            d.add(f);
        }
    }

    /** Replaces the link fields of article {@code id}. */
    static void update(IndexWriter writer, String id, ArticleLinks links) throws IOException {
        writer.updateDocValues(new Term(Schema.LINK_ID, id), fields(links));
    }

    private static Field[] fields(ArticleLinks l) {
        return new Field[] {
            new BinaryDocValuesField(Schema.L_STORY, l == null ? EMPTY : utf8(l.story())),
            new BinaryDocValuesField(Schema.L_LABEL, l == null ? EMPTY : utf8(l.storyLabel())),
            new BinaryDocValuesField(Schema.L_DUPLICATE_OF, l == null || l.duplicateOf() == null ? EMPTY : utf8(l.duplicateOf())),
            new NumericDocValuesField(Schema.L_SIMILARITY, Double.doubleToLongBits(l == null ? 0 : l.similarity())),
            new BinaryDocValuesField(Schema.L_DIFFERING, l == null ? EMPTY : utf8(join(l.differingParagraphs()))),
        };
    }

    private static BytesRef utf8(String s) {
        return new BytesRef(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String join(List<Integer> values) {
        StringBuilder b = new StringBuilder();
        for (Integer v : values) {
            if (!b.isEmpty()) {
                b.append(',');
            }
            b.append(v);
        }
        return b.toString();
    }

    /** The highest arrival number in the index, or -1 when it holds no article. */
    static long maxSeq(IndexReader reader) throws IOException {
        long max = -1;
        for (LeafReaderContext c : reader.leaves()) {
            NumericDocValues seq = DocValues.getNumeric(c.reader(), Schema.SEQ);
            for (int doc = seq.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = seq.nextDoc()) {
                max = Math.max(max, seq.longValue());
            }
        }
        return max;
    }

    /** How many live articles have no links yet (put after the last relink, or before a crash cut one short). */
    static long unlinked(IndexReader reader) throws IOException {
        long n = 0;
        for (LeafReaderContext c : reader.leaves()) {
            Bits live = c.reader().getLiveDocs();
            NumericDocValues seq = DocValues.getNumeric(c.reader(), Schema.SEQ);
            BinaryDocValues story = DocValues.getBinary(c.reader(), Schema.L_STORY);
            for (int doc = seq.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = seq.nextDoc()) {
                if ((live == null || live.get(doc)) && (!story.advanceExact(doc) || story.binaryValue().length == 0)) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Reads the link fields of one leaf in doc order. Not thread-safe; one per leaf and thread. */
    static final class Reader {
        private final BinaryDocValues story;
        private final BinaryDocValues label;
        private final BinaryDocValues duplicateOf;
        private final NumericDocValues similarity;
        private final BinaryDocValues differing;

        Reader(LeafReader leaf) throws IOException {
            story = DocValues.getBinary(leaf, Schema.L_STORY);
            label = DocValues.getBinary(leaf, Schema.L_LABEL);
            duplicateOf = DocValues.getBinary(leaf, Schema.L_DUPLICATE_OF);
            similarity = DocValues.getNumeric(leaf, Schema.L_SIMILARITY);
            differing = DocValues.getBinary(leaf, Schema.L_DIFFERING);
        }

        /** The links of {@code doc} (at or after the previous one read), or {@code null} when unlinked. */
        ArticleLinks read(int doc) throws IOException {
            String s = string(story, doc);
            if (s.isEmpty()) {
                return null;
            }
            String dup = string(duplicateOf, doc);
            double sim = similarity.advanceExact(doc) ? Double.longBitsToDouble(similarity.longValue()) : 0;
            String diff = string(differing, doc);
            List<Integer> paragraphs = diff.isEmpty() ? List.of()
                    : Arrays.stream(diff.split(",")).map(Integer::valueOf).toList();
            return new ArticleLinks(s, string(label, doc), dup.isEmpty() ? null : dup, sim, paragraphs);
        }

        private static String string(BinaryDocValues dv, int doc) throws IOException {
            return dv.advanceExact(doc) ? dv.binaryValue().utf8ToString() : "";
        }
    }

    /**
     * Hands every live article to {@code sink} in arrival order: its id, date, title and text (read from its
     * stored JSON, one article at a time) and its current links.
     */
    static void forEachSource(IndexSearcher s, Consumer<LinkSource> sink) throws IOException {
        record Entry(long seq, int leaf, int doc, ArticleLinks links) {
        }
        List<Entry> entries = new ArrayList<>();
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        for (int i = 0; i < leaves.size(); i++) {
            LeafReader leaf = leaves.get(i).reader();
            Bits live = leaf.getLiveDocs();
            NumericDocValues seq = DocValues.getNumeric(leaf, Schema.SEQ);
            Reader links = new Reader(leaf);
            for (int doc = seq.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = seq.nextDoc()) {
                if (live == null || live.get(doc)) {
                    entries.add(new Entry(seq.longValue(), i, doc, links.read(doc)));
                }
            }
        }
        entries.sort((a, b) -> Long.compare(a.seq, b.seq));
        Set<String> json = Set.of(Schema.JSON);
        StoredFields[] stored = new StoredFields[leaves.size()];
        for (Entry e : entries) {
            if (stored[e.leaf] == null) {
                stored[e.leaf] = leaves.get(e.leaf).reader().storedFields();
            }
            BytesRef b = stored[e.leaf].document(e.doc, json).getBinaryValue(Schema.JSON);
            sink.accept(source(b, e.links));
        }
    }

    /**
     * The id, date, title, text and entity mentions of a stored article's JSON; skips everything else and
     * stops after the entities.
     */
    static LinkSource source(BytesRef json, ArticleLinks links) throws IOException {
        String id = null;
        String published = null;
        String title = null;
        String text = "";
        List<Entity> entities = new ArrayList<>();
        try (JsonParser p = JSON.createParser(json.bytes, json.offset, json.length)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("stored article is not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                switch (name) {
                    case "id" -> id = p.getValueAsString();
                    case "published" -> published = t == JsonToken.VALUE_NULL ? null : p.getValueAsString();
                    case "title" -> title = t == JsonToken.VALUE_NULL ? null : p.getValueAsString();
                    case "text" -> text = p.getValueAsString();
                    case "entities" -> entities(p, entities);
                    default -> p.skipChildren();
                }
                if (name.equals("entities")) {
                    break;
                }
            }
        }
        if (id == null) {
            throw new IOException("stored article has no id");
        }
        return new LinkSource(id, published, title, text, entities, links);
    }

    private static void entities(JsonParser p, List<Entity> out) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            p.skipChildren();
            return;
        }
        while (p.nextToken() == JsonToken.START_OBJECT) {
            String text = null;
            String type = null;
            String canonical = null;
            int start = -1;
            int end = -1;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "text" -> text = p.getValueAsString();
                    case "type" -> type = p.getValueAsString();
                    case "canonical" -> canonical = p.getValueAsString();
                    case "start" -> start = p.getIntValue();
                    case "end" -> end = p.getIntValue();
                    default -> p.skipChildren();
                }
            }
            if (text != null && type != null && start >= 0 && end >= start) {
                try {
                    out.add(new Entity(start, end, text, EntityType.valueOf(type), canonical));
                } catch (IllegalArgumentException unknownOrInvalid) {
                    // an entity another version wrote that this one cannot hold: linking goes on without it
                }
            }
        }
    }
}
