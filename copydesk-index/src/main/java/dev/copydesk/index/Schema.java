package dev.copydesk.index;

import dev.copydesk.annotate.AnnotationJson;
import dev.copydesk.annotate.Entity;
import dev.copydesk.annotate.EntityType;
import dev.copydesk.annotate.Layers;
import dev.copydesk.annotate.Quote;
import dev.copydesk.core.Annotation;
import dev.copydesk.core.Article;
import dev.copydesk.core.ArticleJson;
import dev.copydesk.core.LayerKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.BytesRef;

/**
 * The index's fields, and how an analysed article becomes one article document followed by one
 * document per quote (a block written and deleted together, all carrying the article's id in {@link #AID}).
 * A field name has one shape in every document (Lucene requires it), so quotes use fields of their own.
 * Stateless and thread-safe.
 */
final class Schema {
    /** Bumped when documents change shape; an index written with another value must be rebuilt. */
    static final String VERSION = "2";
    static final String VERSION_KEY = "copydesk.index.schema";

    static final String KIND = "kind";
    static final String ARTICLE = "article";
    static final String QUOTE = "quote";
    /** The article's id, on the article and its quotes: the delete term, stored, and sortable. */
    static final String AID = "aid";
    /** Article id and fingerprint joined, for {@link ArticleIndex#isCurrent}. */
    static final String ID_FP = "idfp";
    static final String FP = "fp";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String CAPTIONS = "captions";
    static final String URL = "url";
    static final String PUBLISHED = "published";
    static final String OUTLET = "outlet";
    /** Lower-cased filter terms. */
    static final String OUTLET_KEY = "outlet_lc";
    static final String ENTITY_KEY = "entity_lc";
    static final String SPEAKER_KEY = "speaker_lc";
    /** Epoch day: a point for ranges, doc values for sorting. */
    static final String DAY = "day";
    static final String JSON = "json";
    /** Entity mentions, compact: canonical, text, start, end per line. */
    static final String MENTIONS = "mentions";

    /** Arrival order: stored and doc values on the article, kept when the article is replaced. */
    static final String SEQ = "seq";
    /** The article's id on the article document alone: the term its link fields are updated by. */
    static final String LINK_ID = "lid";
    /**
     * Link fields: doc values only, so relinking updates them in place without writing the article again
     * (see {@link Links}). Binary values are UTF-8; an empty story means "not linked yet".
     */
    static final String L_STORY = "story";
    static final String L_LABEL = "story_label";
    static final String L_DUPLICATE_OF = "duplicate_of";
    static final String L_SIMILARITY = "similarity";
    static final String L_DIFFERING = "differing_paragraphs";

    static final String QUOTE_TEXT = "qtext";
    /** The article's title on a quote (stored only, unlike the article's {@link #TITLE}). */
    static final String Q_TITLE = "qtitle";
    static final String Q_START = "qstart";
    static final String Q_END = "qend";
    static final String Q_DIRECT = "qdirect";
    static final String Q_SPEAKER = "qspeaker";
    static final String Q_SPEAKER_START = "qspeakerStart";
    static final String Q_SPEAKER_END = "qspeakerEnd";
    static final String Q_SPEAKER_CANONICAL = "qspeakerCanonical";
    static final String Q_CUE = "qcue";

    /** Facet dimensions besides the entity types. */
    static final String DIM_SPEAKER = "speaker";
    static final String DIM_SOURCE = "source";
    static final String DIM_MONTH = "month";
    static final List<String> ENTITY_DIMS = java.util.Arrays.stream(EntityType.values()).map(Enum::name).toList();

    static final char FIELD_SEP = '\u001f';
    static final char LINE_SEP = '\u001e';
    private static final int MAX_LABEL = 200;

    /** Newest first; articles without a date last; then by id. */
    static final Sort NEWEST_FIRST;
    static final Sort QUOTES_NEWEST_FIRST;

    private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
        SortField day = new SortField(DAY, SortField.Type.LONG, true);
        day.setMissingValue(Long.MIN_VALUE);
        NEWEST_FIRST = new Sort(day, new SortField(AID, SortField.Type.STRING));
        QUOTES_NEWEST_FIRST = new Sort(day, new SortField(AID, SortField.Type.STRING), new SortField(Q_START, SortField.Type.INT));
    }

    private Schema() {
    }

    static FacetsConfig facetsConfig() {
        FacetsConfig c = new FacetsConfig();
        for (String dim : ENTITY_DIMS) {
            c.setMultiValued(dim, true);
        }
        c.setMultiValued(DIM_SPEAKER, true);
        return c;
    }

    /** The documents for one analysed article: the article first, then its quotes. */
    static List<Document> documents(Article a, String fingerprint, long seq, FacetsConfig config) throws IOException {
        String outlet = Outlets.outlet(a);
        Long day = Outlets.day(a);
        List<Entity> entities = items(a, Layers.ENTITIES);
        List<Quote> quotes = items(a, Layers.QUOTES);

        Document d = new Document();
        d.add(new StringField(KIND, ARTICLE, Field.Store.NO));
        d.add(new StringField(AID, a.id(), Field.Store.YES));
        d.add(new SortedDocValuesField(AID, new BytesRef(a.id())));
        d.add(new StringField(ID_FP, a.id() + '\u0000' + fingerprint, Field.Store.NO));
        d.add(new StoredField(FP, fingerprint));
        d.add(new StringField(LINK_ID, a.id(), Field.Store.NO));
        d.add(new StoredField(SEQ, seq));
        d.add(new NumericDocValuesField(SEQ, seq));
        Links.addUnlinked(d);
        if (a.title() != null) {
            d.add(new TextField(TITLE, a.title(), Field.Store.YES));
        }
        if (a.url() != null) {
            d.add(new StoredField(URL, a.url()));
        }
        if (a.published() != null) {
            d.add(new StoredField(PUBLISHED, a.published()));
        }
        d.add(new StoredField(OUTLET, outlet));
        d.add(new StringField(OUTLET_KEY, key(outlet), Field.Store.NO));
        d.add(new SortedSetDocValuesFacetField(DIM_SOURCE, label(outlet)));
        d.add(new Field(TEXT, a.text(), TEXT_WITH_OFFSETS));
        for (String c : a.captions()) {
            d.add(new TextField(CAPTIONS, c, Field.Store.NO));
        }
        if (day != null) {
            d.add(new LongPoint(DAY, day));
            d.add(new NumericDocValuesField(DAY, day));
            d.add(new SortedSetDocValuesFacetField(DIM_MONTH, LocalDate.ofEpochDay(day).toString().substring(0, 7)));
        }
        Set<String> entityKeys = new LinkedHashSet<>();
        Set<String> facets = new LinkedHashSet<>();
        StringBuilder mentions = new StringBuilder();
        for (Entity e : entities) {
            String canonical = label(e.canonical());
            if (canonical.isEmpty()) {
                continue;
            }
            if (entityKeys.add(key(canonical))) {
                d.add(new StringField(ENTITY_KEY, key(canonical), Field.Store.NO));
            }
            if (facets.add(e.type().name() + FIELD_SEP + canonical)) {
                d.add(new SortedSetDocValuesFacetField(e.type().name(), canonical));
            }
            mentions.append(canonical).append(FIELD_SEP).append(clean(e.text())).append(FIELD_SEP)
                    .append(e.start()).append(FIELD_SEP).append(e.end()).append(LINE_SEP);
        }
        Set<String> speakers = new LinkedHashSet<>();
        for (Quote q : quotes) {
            String s = q.speakerCanonical() == null ? "" : label(q.speakerCanonical());
            if (!s.isEmpty() && speakers.add(s)) {
                d.add(new StringField(SPEAKER_KEY, key(s), Field.Store.NO));
                d.add(new SortedSetDocValuesFacetField(DIM_SPEAKER, s));
            }
        }
        d.add(new StoredField(MENTIONS, mentions.toString()));
        d.add(new StoredField(JSON, new BytesRef(ArticleJson.toJson(a, List.of(AnnotationJson.INSTANCE))
                .getBytes(StandardCharsets.UTF_8))));

        List<Document> docs = new ArrayList<>(1 + quotes.size());
        docs.add(config.build(d));
        for (Quote q : quotes) {
            docs.add(quote(a, q, outlet, day));
        }
        return docs;
    }

    private static Document quote(Article a, Quote q, String outlet, Long day) {
        Document d = new Document();
        d.add(new StringField(KIND, QUOTE, Field.Store.NO));
        d.add(new StringField(AID, a.id(), Field.Store.YES));
        d.add(new SortedDocValuesField(AID, new BytesRef(a.id())));
        if (a.title() != null) {
            d.add(new StoredField(Q_TITLE, a.title()));
        }
        d.add(new StoredField(OUTLET, outlet));
        if (a.published() != null) {
            d.add(new StoredField(PUBLISHED, a.published()));
        }
        if (day != null) {
            d.add(new LongPoint(DAY, day));
            d.add(new NumericDocValuesField(DAY, day));
        }
        d.add(new TextField(QUOTE_TEXT, q.text(), Field.Store.YES));
        d.add(new StoredField(Q_START, q.start()));
        d.add(new NumericDocValuesField(Q_START, q.start()));
        d.add(new StoredField(Q_END, q.end()));
        d.add(new StoredField(Q_DIRECT, q.direct() ? 1 : 0));
        if (q.speaker() != null) {
            d.add(new StoredField(Q_SPEAKER, q.speaker()));
        }
        d.add(new StoredField(Q_SPEAKER_START, q.speakerStart()));
        d.add(new StoredField(Q_SPEAKER_END, q.speakerEnd()));
        if (q.speakerCanonical() != null) {
            d.add(new StoredField(Q_SPEAKER_CANONICAL, q.speakerCanonical()));
            String s = label(q.speakerCanonical());
            if (!s.isEmpty()) {
                d.add(new StringField(SPEAKER_KEY, key(s), Field.Store.NO));
            }
        }
        if (q.cue() != null) {
            d.add(new StoredField(Q_CUE, q.cue()));
        }
        return d;
    }

    /** The filter term for a name or outlet: its facet label, lower-cased. */
    static String key(String value) {
        return label(value).toLowerCase(Locale.ROOT);
    }

    /** A value as a facet label: control characters (the facet separators among them) become spaces, capped. */
    static String label(String value) {
        String v = clean(value).strip();
        return v.length() > MAX_LABEL ? v.substring(0, MAX_LABEL).strip() : v;
    }

    private static String clean(String value) {
        StringBuilder b = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                if (b == null) {
                    b = new StringBuilder(value);
                }
                b.setCharAt(i, ' ');
            }
        }
        return b == null ? value : b.toString();
    }

    private static <T extends Annotation> List<T> items(Article a, LayerKey<T> key) {
        return a.hasLayer(key) ? a.layer(key, "index").items() : List.of();
    }
}
