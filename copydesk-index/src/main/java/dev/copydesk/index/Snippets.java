package dev.copydesk.index;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;

/**
 * Snippets of an article's body around the words a query matched, the matches wrapped in
 * {@link SearchHit#MARK_START}/{@link SearchHit#MARK_END}; plain text, never markup. Offsets come from
 * the postings, and the body from the stored article JSON, so the text is stored once. Without a match
 * in the body (a title match, a blank query) the snippet is the article's opening. Thread-safe.
 */
final class Snippets {
    /** Roughly how long a passage is, in chars. */
    static final int PASSAGE_LENGTH = 160;
    static final int LEAD_LENGTH = 240;
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private Snippets() {
    }

    /** One snippet per doc of {@code docs}, in order; {@code query} null for none. */
    static String[] of(IndexSearcher searcher, Analyzer analyzer, Query query, ScoreDoc[] docs) throws IOException {
        String[] out = new String[docs.length];
        if (docs.length == 0) {
            return out;
        }
        String[] highlighted = null;
        if (query != null) {
            UnifiedHighlighter.Builder b = UnifiedHighlighter.builder(searcher, analyzer)
                    .withFormatter(new DefaultPassageFormatter(String.valueOf(SearchHit.MARK_START),
                            String.valueOf(SearchHit.MARK_END), " … ", false))
                    .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                            new SentenceBreaks(), PASSAGE_LENGTH, 0.5f))
                    .withMaxLength(100_000)
                    .withMaxNoHighlightPassages(0);
            UnifiedHighlighter h = new BodyHighlighter(b);
            highlighted = h.highlight(Schema.TEXT, query, new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), docs), 2);
        }
        StoredFields stored = null;
        for (int i = 0; i < docs.length; i++) {
            String s = highlighted == null ? null : highlighted[i];
            if (s == null || s.isEmpty()) {
                if (stored == null) {
                    stored = searcher.storedFields();
                }
                s = lead(bodyText(stored, docs[i].doc));
            }
            out[i] = collapse(s);
        }
        return out;
    }

    /** The body of article document {@code doc}, read from its stored JSON. */
    static String bodyText(StoredFields stored, int doc) throws IOException {
        BytesRef json = stored.document(doc, java.util.Set.of(Schema.JSON)).getBinaryValue(Schema.JSON);
        return json == null ? "" : textField(json);
    }

    /** The {@code text} member of an article's JSON, read without parsing the rest. */
    static String textField(BytesRef json) throws IOException {
        try (JsonParser p = JSON.createParser(json.bytes, json.offset, json.length)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return "";
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                if (name.equals("text") && t == JsonToken.VALUE_STRING) {
                    return p.getText();
                }
                p.skipChildren();
            }
        }
        return "";
    }

    /** The opening of a text, cut at a word boundary near {@link #LEAD_LENGTH}. */
    static String lead(String text) {
        if (text.length() <= LEAD_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', LEAD_LENGTH);
        if (cut < LEAD_LENGTH / 2) {
            cut = LEAD_LENGTH;
        }
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut).stripTrailing() + " …";
    }

    private static String collapse(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** Reads the body for highlighting from the stored JSON instead of a stored copy of the text. */
    private static final class BodyHighlighter extends UnifiedHighlighter {
        BodyHighlighter(Builder b) {
            super(b);
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
                throws IOException {
            List<CharSequence[]> out = new ArrayList<>();
            StoredFields stored = searcher.storedFields();
            for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
                CharSequence[] values = new CharSequence[fields.length];
                String body = null;
                for (int f = 0; f < fields.length; f++) {
                    if (fields[f].equals(Schema.TEXT)) {
                        body = body == null ? bodyText(stored, doc) : body;
                        values[f] = body;
                    } else {
                        values[f] = "";
                    }
                }
                out.add(values);
                if (cacheCharsThreshold > 0 && body != null) {
                    cacheCharsThreshold -= body.length();
                    if (cacheCharsThreshold <= 0) {
                        break;
                    }
                }
            }
            return out;
        }
    }
}
