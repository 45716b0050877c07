package dev.copydesk.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterDirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzy terms, wildcards, regular expressions and ranges stay bounded on an index of 3,000 different
 * made-up words: the rewritten query's clauses are counted, and so are the words the rewrite reads
 * from the term dictionary, never the time it takes.
 */
class BoundedExpansionTest {
    private static final String[] SYLLABLES = {"ba", "bo", "bi", "bu", "da", "do", "di", "du", "ka", "ko"};
    private static final Analyzer ANALYZER = new EnglishAnalyzer();

    static Directory directory;
    static DirectoryReader reader;
    static long visited;

    @TempDir
    static Path dir;
    static ArticleIndex index;

    /** Four syllables, the first one of ba, bo, bi: 3,000 words one or two letters apart, each left alone by the English stemmer. */
    static List<String> vocabulary() {
        List<String> words = new ArrayList<>();
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 10; b++) {
                for (int c = 0; c < 10; c++) {
                    for (int d = 0; d < 10; d++) {
                        words.add(SYLLABLES[a] + SYLLABLES[b] + SYLLABLES[c] + SYLLABLES[d]);
                    }
                }
            }
        }
        return words;
    }

    @BeforeAll
    static void build() throws IOException {
        List<String> words = vocabulary();
        directory = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(directory, new IndexWriterConfig(ANALYZER))) {
            for (int i = 0; i < words.size(); i += 100) {
                Document d = new Document();
                d.add(new TextField(Schema.TEXT, String.join(" ", words.subList(i, i + 100)), Field.Store.NO));
                w.addDocument(d);
            }
            w.forceMerge(1);
        }
        reader = new CountingReader(DirectoryReader.open(directory));
        index = ArticleIndex.open(dir);
        for (int i = 0; i < words.size(); i += 100) {
            var a = TestArticles.article("w" + i).title("Words " + i).text(String.join(" ", words.subList(i, i + 100))).build();
            index.put(a, ArticleIndex.fingerprint(a));
        }
        index.commit();
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        directory.close();
        index.close();
    }

    static Query rewritten(String text) throws IOException {
        visited = 0;
        return new IndexSearcher(reader).rewrite(QueryParsing.articles(text, ANALYZER));
    }

    /** How many term clauses of each field the query holds. */
    static Map<String, Integer> termsPerField(Query q) {
        Map<String, Integer> counts = new HashMap<>();
        q.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query query, Term... terms) {
                for (Term t : terms) {
                    counts.merge(t.field(), 1, Integer::sum);
                }
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return counts;
    }

    @Test
    void theVocabularyHasThousandsOfWords() throws IOException {
        assertEquals(3_000, reader.leaves().get(0).reader().terms(Schema.TEXT).size());
    }

    @Test
    void aNarrowWildcardExpandsToEveryWordItMatches() throws IOException {
        assertEquals(Map.of(Schema.TEXT, 100), termsPerField(rewritten("bado*")));
        assertEquals(Map.of(Schema.TEXT, 10), termsPerField(rewritten("badoko??")));
        assertEquals(Map.of(Schema.TEXT, 200), termsPerField(rewritten("/ba(do|ko).*/")));
        assertEquals(Map.of(Schema.TEXT, 100), termsPerField(rewritten("text:[badoba TO badozz]")));
    }

    @Test
    void aBroadWildcardIsRefusedOnceItPassesTheLimit() throws IOException {
        for (String q : List.of("ba*", "b?????*", "/.*o.*/", "/.*a.*/", "text:[a TO z]")) {
            InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> rewritten(q), q);
            assertTrue(e.getMessage().contains("more than " + QueryParsing.MAX_EXPANSION + " different words"), e.getMessage());
            // The rewrite stopped reading the dictionary at the first word past the limit.
            assertEquals(QueryParsing.MAX_EXPANSION + 1, visited, q);
        }
    }

    @Test
    void aFuzzyTermExpandsToItsClosestWordsOnly() throws IOException {
        // Hundreds of words are within two edits of this one; the closest fifty are kept.
        Query q = rewritten("badokoba~2");
        assertEquals(Map.of(Schema.TEXT, QueryParsing.FUZZY_EXPANSIONS), termsPerField(q));
        assertTrue(visited > QueryParsing.FUZZY_EXPANSIONS, "only " + visited + " words were within reach");
        // The first letter is kept: no word starts with z, so nothing is near 'zadokoba'.
        assertEquals(Map.of(), termsPerField(rewritten("zadokoba~2")));
    }

    @Test
    void theIndexRefusesABroadQueryNamingTheLimit() {
        InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> index.search(SearchQuery.of("/.*a.*o.*/")));
        assertTrue(e.getMessage().contains("more than 512 different words"), e.getMessage());
    }

    @Test
    void theIndexAnswersABoundedOneWithHighlights() throws IOException {
        SearchResult r = index.search(SearchQuery.of("badoko*"));
        assertEquals(1, r.total());
        assertEquals("w500", r.hits().get(0).id());
        assertTrue(r.hits().get(0).snippet().contains(SearchHit.MARK_START + "badoko"), r.hits().get(0).snippet());
        assertEquals(2, index.search(SearchQuery.of("/(ba|bo)do.*/")).total());
    }

    /** Counts the words read from any field's term dictionary, whether scanned in order or through an automaton. */
    private static final class CountingReader extends FilterDirectoryReader {
        CountingReader(DirectoryReader in) throws IOException {
            super(in, new SubReaderWrapper() {
                @Override
                public LeafReader wrap(LeafReader leaf) {
                    return new FilterLeafReader(leaf) {
                        @Override
                        public Terms terms(String field) throws IOException {
                            Terms t = super.terms(field);
                            return t == null ? null : new CountingTerms(t);
                        }

                        @Override
                        public CacheHelper getCoreCacheHelper() {
                            return null;
                        }

                        @Override
                        public CacheHelper getReaderCacheHelper() {
                            return null;
                        }
                    };
                }
            });
        }

        @Override
        protected DirectoryReader doWrapDirectoryReader(DirectoryReader in) throws IOException {
            return new CountingReader(in);
        }

        @Override
        public CacheHelper getReaderCacheHelper() {
            return null;
        }
    }

    private static final class CountingTerms extends FilterLeafReader.FilterTerms {
        CountingTerms(Terms in) {
            super(in);
        }

        @Override
        public TermsEnum iterator() throws IOException {
            return new CountingTermsEnum(in.iterator());
        }

        @Override
        public TermsEnum intersect(CompiledAutomaton automaton, BytesRef startTerm) throws IOException {
            return new CountingTermsEnum(in.intersect(automaton, startTerm));
        }
    }

    private static final class CountingTermsEnum extends FilterLeafReader.FilterTermsEnum {
        CountingTermsEnum(TermsEnum in) {
            super(in);
        }

        @Override
        public BytesRef next() throws IOException {
            BytesRef t = in.next();
            if (t != null) {
                visited++;
            }
            return t;
        }
    }
}
