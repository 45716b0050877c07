package dev.copydesk.index;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefHash;

/**
 * Rewrites a wildcard, prefix, regular expression or range query into the words of the index it
 * matches, each a constant-score clause, and refuses one that matches more than {@code maxTerms}
 * different words of its field with an {@link InvalidQueryException} naming the limit. It stops
 * reading the term dictionary as soon as the limit is passed, so {@code a*} or a regular expression
 * that matches almost any word costs at most {@code maxTerms} words of work before it is refused, and
 * the highlighter that later reads the rewritten query looks at no more words than that either.
 *
 * <p>Scores are those of Lucene's constant-score rewrite: every matching document gets the query's
 * boost. Stateless and thread-safe.
 */
final class BoundedExpansion extends MultiTermQuery.RewriteMethod {
    private final int maxTerms;

    BoundedExpansion(int maxTerms) {
        if (maxTerms < 1 || maxTerms > IndexSearcher.getMaxClauseCount()) {
            throw new IllegalArgumentException("maxTerms must be between 1 and " + IndexSearcher.getMaxClauseCount()
                    + ", was " + maxTerms);
        }
        this.maxTerms = maxTerms;
    }

    int maxTerms() {
        return maxTerms;
    }

    @Override
    public Query rewrite(IndexSearcher searcher, MultiTermQuery query) throws IOException {
        String field = query.getField();
        BytesRefHash words = new BytesRefHash();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Terms terms = leaf.reader().terms(field);
            if (terms == null) {
                continue;
            }
            TermsEnum matching = query.getTermsEnum(terms);
            for (BytesRef word = matching.next(); word != null; word = matching.next()) {
                if (words.add(word) >= 0 && words.size() > maxTerms) {
                    throw new InvalidQueryException(QueryParsing.describe(query.toString()) + " matches more than "
                            + maxTerms + " different words, the most a wildcard, regular expression or range may match; "
                            + "make it more specific");
                }
            }
        }
        if (words.size() == 0) {
            return new MatchNoDocsQuery(field + ": no word matches");
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        BytesRef scratch = new BytesRef();
        for (int i = 0; i < words.size(); i++) {
            b.add(new TermQuery(new Term(field, BytesRef.deepCopyOf(words.get(i, scratch)))), Occur.SHOULD);
        }
        return new ConstantScoreQuery(b.build());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BoundedExpansion other && other.maxTerms == maxTerms;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(maxTerms) * 31 + BoundedExpansion.class.hashCode();
    }
}
