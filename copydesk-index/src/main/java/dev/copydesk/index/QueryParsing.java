package dev.copydesk.index;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Turns user text in Lucene's classic query syntax into a {@link Query} over the article fields
 * (title boosted, body text, captions) or the quote text, with AND between terms. Anything it cannot
 * run becomes an {@link InvalidQueryException} whose message says why; it never throws anything else.
 *
 * <p>Terms that stand for many words are bounded so that no query costs much more than a plain one:
 * a fuzzy term ({@code trump~}) keeps its first {@value #FUZZY_PREFIX_LENGTH} letter and expands to
 * the {@value #FUZZY_EXPANSIONS} closest words of each field; a wildcard, prefix, regular expression
 * or range expands to at most {@value #MAX_EXPANSION} words of each field and is refused beyond that
 * (see {@link BoundedExpansion}), when the index is searched; a regular expression must determinize
 * within {@value #DETERMINIZE_WORK_LIMIT} units of work.
 * Thread-safe: a parser is made per call, since Lucene's is not.
 */
final class QueryParsing {
    /** Longest query text accepted, in chars. */
    static final int MAX_LENGTH = 1_000;
    static final List<String> ARTICLE_FIELDS = List.of(Schema.TITLE, Schema.TEXT, Schema.CAPTIONS);
    static final int MAX_REGEXP = 100;
    static final int MAX_REPEAT = 20;
    /** Words a fuzzy term expands to in each field, the closest first. */
    static final int FUZZY_EXPANSIONS = 50;
    /** Leading letters a fuzzy term keeps as they are: they narrow the words it looks through to those sharing them. */
    static final int FUZZY_PREFIX_LENGTH = 1;
    /** Words a wildcard, prefix, regular expression or range may match in one field before it is refused. */
    static final int MAX_EXPANSION = 512;
    /** Effort a regular expression's automaton may take to determinize (Lucene's unit); harder ones are refused. */
    static final int DETERMINIZE_WORK_LIMIT = 2_000;
    private static final BoundedExpansion EXPANSION = new BoundedExpansion(MAX_EXPANSION);
    private static final Pattern REPEAT = Pattern.compile("(?<=[{,])\\s*\\d+");
    private static final Map<String, Float> BOOSTS = Map.of(Schema.TITLE, 3f, Schema.TEXT, 1f, Schema.CAPTIONS, 0.5f);

    private QueryParsing() {
    }

    /** The query for articles, or {@code null} when {@code text} is blank (every article matches). */
    static Query articles(String text, Analyzer analyzer) {
        return parse(text, analyzer, ARTICLE_FIELDS, "fields: title, text, captions");
    }

    /** The query for quote words, or {@code null} when {@code text} is blank. */
    static Query quotes(String text, Analyzer analyzer) {
        return parse(text, analyzer, List.of(Schema.QUOTE_TEXT), "quotes are searched by their words only");
    }

    private static Query parse(String text, Analyzer analyzer, List<String> fields, String fieldHelp) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidQueryException("query is too long: " + text.length() + " characters, at most " + MAX_LENGTH);
        }
        if (text.strip().equals("*:*")) {
            return null;
        }
        QueryParser parser = new CheckedParser(fields.toArray(String[]::new), analyzer, Set.copyOf(fields), fieldHelp);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setAllowLeadingWildcard(false);
        parser.setSplitOnWhitespace(true);
        parser.setMultiTermRewriteMethod(EXPANSION);
        parser.setFuzzyPrefixLength(FUZZY_PREFIX_LENGTH);
        parser.setDeterminizeWorkLimit(DETERMINIZE_WORK_LIMIT);
        try {
            Query q = parser.parse(text);
            return q == null ? new MatchNoDocsQuery("only stop words") : q;
        } catch (ParseException e) {
            throw new InvalidQueryException("invalid query: " + describe(e.getMessage()), e);
        } catch (RuntimeException | StackOverflowError e) {
            throw new InvalidQueryException("invalid query: " + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : describe(e.getMessage())), e);
        }
    }

    /** The first line of a parser message, without the query echoed back and without the list of expected tokens. */
    static String describe(String message) {
        if (message == null) {
            return "cannot parse it";
        }
        String m = message;
        int expecting = m.indexOf("Was expecting");
        if (expecting > 0) {
            m = m.substring(0, expecting);
        }
        if (m.startsWith("Cannot parse '")) {
            int end = m.indexOf("': ");
            if (end > 0) {
                m = m.substring(end + 3);
            }
        }
        m = m.replaceAll("\\s+", " ").strip();
        if (m.endsWith(".")) {
            m = m.substring(0, m.length() - 1);
        }
        if (m.length() > 200) {
            m = m.substring(0, 200) + "…";
        }
        return m.isEmpty() ? "cannot parse it" : m;
    }

    /** Regular expressions whose automaton would take long to build: long ones, and large repeat counts. */
    private static void checkRegexp(String regexp) throws ParseException {
        if (regexp.length() > MAX_REGEXP) {
            throw new ParseException("regular expression is too long: at most " + MAX_REGEXP + " characters");
        }
        Matcher m = REPEAT.matcher(regexp);
        while (m.find()) {
            String n = m.group().strip();
            if (n.length() > 3 || Integer.parseInt(n) > MAX_REPEAT) {
                throw new ParseException("regular expression repeats too often: at most {" + MAX_REPEAT + "}");
            }
        }
    }

    private static void check(String field, Set<String> allowed, String help) throws ParseException {
        if (field != null && !allowed.contains(field)) {
            throw new ParseException("unknown field '" + field + "' (" + help + "); to search for the words, put them in "
                    + "double quotes or write \\: for the colon");
        }
    }

    /** Rejects fields other than the allowed ones by name, so a typo or an internal field is an error, not an empty result. */
    private static final class CheckedParser extends MultiFieldQueryParser {
        private final Set<String> allowed;
        private final String help;

        CheckedParser(String[] fields, Analyzer analyzer, Set<String> allowed, String help) {
            super(fields, analyzer, BOOSTS);
            this.allowed = allowed;
            this.help = help;
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
            check(field, allowed, help);
            return super.getFieldQuery(field, queryText, slop);
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
            check(field, allowed, help);
            return super.getFieldQuery(field, queryText, quoted);
        }

        @Override
        protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
            check(field, allowed, help);
            return super.getFuzzyQuery(field, termStr, minSimilarity);
        }

        @Override
        protected Query newFuzzyQuery(Term term, float minimumSimilarity, int prefixLength) {
            String text = term.text();
            int edits = FuzzyQuery.floatToEdits(minimumSimilarity, text.codePointCount(0, text.length()));
            return new FuzzyQuery(term, edits, Math.max(prefixLength, FUZZY_PREFIX_LENGTH), FUZZY_EXPANSIONS, true);
        }

        @Override
        protected Query getPrefixQuery(String field, String termStr) throws ParseException {
            check(field, allowed, help);
            return super.getPrefixQuery(field, termStr);
        }

        @Override
        protected Query getRegexpQuery(String field, String termStr) throws ParseException {
            check(field, allowed, help);
            checkRegexp(termStr);
            return super.getRegexpQuery(field, termStr);
        }

        @Override
        protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                                      boolean endInclusive) throws ParseException {
            check(field, allowed, help);
            return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
        }

        @Override
        protected Query getWildcardQuery(String field, String termStr) throws ParseException {
            check(field, allowed, help);
            return super.getWildcardQuery(field, termStr);
        }
    }
}
