package dev.copydesk.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.copydesk.annotate.AnalysedArticleJson;
import dev.copydesk.annotate.AnnotationJson;
import dev.copydesk.annotate.Layers;
import dev.copydesk.core.Article;
import dev.copydesk.core.ArticleJson;
import dev.copydesk.ingest.InputError;
import dev.copydesk.ingest.InputSink;
import dev.copydesk.ingest.Inputs;
import dev.copydesk.ingest.RawInput;
import dev.copydesk.ingest.ReadLimits;
import dev.copydesk.link.ArticleLink;
import dev.copydesk.link.LinkResult;
import dev.copydesk.link.LinkInput;
import dev.copydesk.link.Linker;
import dev.copydesk.link.StorySummary;
import dev.copydesk.pipeline.AnalysisConfig;
import dev.copydesk.pipeline.ArticleAnalyzer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * What one machine makes of the test corpus ({@link Inputs} then {@link ArticleAnalyzer}, in input order,
 * then one batch {@link Linker}, as {@code copydesk stories} links), and the check that a job's output over the same corpus equals it.
 */
record SingleMachine(List<Article> articles, List<InputError> errors, LinkResult links) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static SingleMachine of(Path corpus) {
        ArticleAnalyzer analyzer = ExecutorAnalyzers.get(AnalysisConfig.defaults());
        List<Article> articles = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        Inputs.withDefaults().read(List.of(corpus.toString()), new ByteArrayInputStream(new byte[0]), new InputSink() {
            @Override
            public void accept(RawInput input) {
                articles.add(analyzer.process(input));
            }

            @Override
            public void error(InputError error) {
                errors.add(error);
            }
        });
        List<LinkInput> inputs = articles.stream().map(LinkInput::of).toList();
        Linker linker = Linker.forBatch(inputs);
        linker.addAll(inputs);
        return new SingleMachine(articles, errors, linker.finish());
    }

    /**
     * Checks the job's output in {@code out} over {@link Corpus} in {@code corpus}: read back by Spark,
     * by parquet-hadoop and ({@code stories.jsonl}) by Jackson.
     */
    void assertOutputMatches(SparkSession spark, String out, Path corpus) throws IOException {
        // Read back by Spark: the schema, one row per article or error in input order, the article as
        // `copydesk analyze` writes it and the links as the Linker gives them.
        Dataset<Row> rows = spark.read().parquet(out + "/articles");
        assertEquals(Arrays.asList(ArticleSchema.OUTPUT.fieldNames()), Arrays.asList(rows.schema().fieldNames()));
        List<String> sources = rows.select("source").collectAsList().stream().map(r -> r.getString(0)).toList();
        String c = corpus.toString();
        assertEquals(List.of(c + "/a.txt", c + "/b.html", c + "/sub/feed.jsonl#1", c + "/sub/feed.jsonl#2",
                c + "/sub/feed.jsonl", c + "/sub/feed.jsonl#4", c + "/sub/junk.txt"), sources);

        Map<String, JsonNode> sparkArticles = new HashMap<>();
        for (String line : rows.where("error is null").select(Arrays.stream(ArticleSchema.ARTICLE.fieldNames())
                .map(org.apache.spark.sql.functions::col).toArray(org.apache.spark.sql.Column[]::new)).toJSON().collectAsList()) {
            JsonNode node = JSON.readTree(line);
            sparkArticles.put(node.get("id").asText(), node);
        }
        assertEquals(articles.size(), sparkArticles.size());
        for (Article a : articles) {
            JsonNode want = withoutNulls(JSON.readTree(ArticleJson.toJson(a, List.of(AnnotationJson.INSTANCE))));
            JsonNode got = withoutNulls(sparkArticles.get(a.id()));
            assertTrue(want.equals(SingleMachine::compareValues, got), () -> "article " + a.id() + "\nwant " + want + "\ngot  " + got);
        }
        assertFalse(sparkArticles.values().stream().allMatch(n -> n.get("entities").isEmpty()), "entities were found");

        Map<String, StorySummary> stories = new HashMap<>();
        links.stories().forEach(s -> stories.put(s.id(), s));
        Map<String, Row> linkRows = new HashMap<>();
        rows.where("error is null").select("id", "story", "storyLabel", "duplicateOf", "similarity", "differingParagraphs")
                .collectAsList().forEach(r -> linkRows.put(r.getString(0), r));
        for (ArticleLink l : links.articles()) {
            Row r = linkRows.get(l.id());
            assertEquals(l.story(), r.getString(1));
            assertEquals(stories.get(l.story()).label(), r.getString(2));
            assertEquals(l.duplicateOf(), r.getString(3));
            assertEquals(l.similarity(), r.getDouble(4));
            assertEquals(l.differingParagraphs(), r.getList(5));
        }
        assertTrue(links.articles().stream().anyMatch(ArticleLink::isDuplicate), "the corpus has a near-copy");
        assertEquals(List.of(c + "/sub/feed.jsonl", c + "/sub/junk.txt"), rows.where("error is not null")
                .select("source").collectAsList().stream().map(r -> r.getString(0)).toList());

        // Read back by parquet-hadoop, independently of Spark: the same rows and nested entities.
        List<Group> groups = readParquet(Path.of(out, "articles"));
        assertEquals(sources, groups.stream().map(g -> g.getString("source", 0)).toList());
        Article a = articles.get(0);
        Group first = groups.get(0);
        assertEquals(a.id(), first.getString("id", 0));
        assertEquals(0, first.getFieldRepetitionCount("error"));
        Group entities = first.getGroup("entities", 0);
        List<String> entityTexts = new ArrayList<>();
        for (int i = 0; i < entities.getFieldRepetitionCount("list"); i++) {
            entityTexts.add(entities.getGroup("list", i).getGroup("element", 0).getString("text", 0));
        }
        assertEquals(a.layer(Layers.ENTITIES, "test").items().stream().map(e -> e.text()).toList(), entityTexts);
        assertEquals("binary file (not text, HTML, WARC, ARC or JSON Lines)", groups.get(6).getString("error", 0));
        assertEquals(0, groups.get(6).getFieldRepetitionCount("id"));

        // stories.jsonl, read by Jackson: one line per linked article in input order, as the Linker links them.
        List<String> lines = Files.readAllLines(Path.of(out, "stories.jsonl"));
        assertEquals(articles.size(), lines.size());
        for (int i = 0; i < lines.size(); i++) {
            JsonNode line = JSON.readTree(lines.get(i));
            Article art = articles.get(i);
            ArticleLink l = links.articles().get(i);
            assertEquals(List.of("id", "source", "title", "published", "story", "storyLabel", "duplicateOf", "similarity",
                    "differingParagraphs"), iterate(line.fieldNames()));
            assertEquals(art.id(), line.get("id").asText());
            assertEquals(art.source(), line.get("source").asText());
            assertEquals(l.story(), line.get("story").asText());
            assertEquals(stories.get(l.story()).label(), line.get("storyLabel").asText());
            assertEquals(l.duplicateOf(), line.get("duplicateOf").isNull() ? null : line.get("duplicateOf").asText());
            assertEquals(Math.round(l.similarity() * 1000) / 1000.0, line.get("similarity").asDouble());
            assertEquals(l.differingParagraphs().size(), line.get("differingParagraphs").size());
        }
        assertArticlesJsonlMatches(out);
    }

    /**
     * Checks {@code OUT/articles-jsonl} as {@code copydesk ingest --analyzed} reads it (a directory walk with
     * {@link Inputs#forAnalysedRecords}, each record through {@link AnalysedArticleJson}): the articles in input
     * order with their layers, and each error row an input error naming the failed input and why.
     */
    void assertArticlesJsonlMatches(String out) throws IOException {
        List<Article> read = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        List<InputError> unreadable = new ArrayList<>();
        Inputs.forAnalysedRecords(ReadLimits.defaults()).read(List.of(Path.of(out, "articles-jsonl").toString()),
                new ByteArrayInputStream(new byte[0]), new InputSink() {
                    @Override
                    public void accept(RawInput input) {
                        try {
                            read.add(AnalysedArticleJson.read(input.content()));
                        } catch (IllegalArgumentException e) {
                            refused.add(e.getMessage());
                        }
                    }

                    @Override
                    public void error(InputError error) {
                        unreadable.add(error);
                    }
                });
        assertEquals(List.of(), refused);
        assertEquals(articles.stream().map(Article::id).toList(), read.stream().map(Article::id).toList());
        for (int i = 0; i < articles.size(); i++) {
            assertEquals(withoutDiagnostics(articles.get(i)), withoutDiagnostics(read.get(i)), "article " + i);
        }
        assertEquals(errors.size(), unreadable.size(), unreadable::toString);
        for (int i = 0; i < errors.size(); i++) {
            String message = unreadable.get(i).message();
            assertTrue(message.endsWith("an error row of " + errors.get(i).source() + ": " + errors.get(i).message()), message);
        }
    }

    private static JsonNode withoutDiagnostics(Article a) throws IOException {
        ObjectNode node = (ObjectNode) JSON.readTree(ArticleJson.toJson(a, List.of(AnnotationJson.INSTANCE)));
        node.remove("diagnostics");
        return node;
    }

    /**
     * The lines {@code copydesk stories} prints over these articles (StoriesCommand's JSON: its fields in its
     * order, the similarity to three decimals, written by Jackson from a map).
     */
    List<String> storiesLines() {
        return storiesLines(links);
    }

    List<String> storiesLines(LinkResult result) {
        Map<String, ArticleLink> byId = new HashMap<>();
        result.articles().forEach(l -> byId.put(l.id(), l));
        Map<String, String> labels = new HashMap<>();
        result.stories().forEach(s -> labels.put(s.id(), s.label()));
        List<String> lines = new ArrayList<>();
        for (Article a : articles) {
            ArticleLink link = byId.get(a.id());
            Map<String, Object> json = new java.util.LinkedHashMap<>();
            json.put("id", link.id());
            json.put("source", a.source());
            json.put("title", a.title());
            json.put("published", a.published());
            json.put("story", link.story());
            json.put("storyLabel", labels.get(link.story()));
            json.put("duplicateOf", link.duplicateOf());
            json.put("similarity", Math.round(link.similarity() * 1000) / 1000.0);
            json.put("differingParagraphs", link.differingParagraphs());
            try {
                lines.add(JSON.writeValueAsString(json));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return lines;
    }

    /** The same articles linked on their words alone, without the entities layer. */
    LinkResult linksWithoutEntities() {
        List<LinkInput> inputs = articles.stream().map(a -> LinkInput.of(Article.builder().id(a.id()).source(a.source())
                .title(a.title()).published(a.published()).text(a.text()).build())).toList();
        Linker linker = Linker.forBatch(inputs);
        linker.addAll(inputs);
        return linker.finish();
    }

    private static List<Group> readParquet(Path dir) throws IOException {
        List<Group> groups = new ArrayList<>();
        List<Path> parts;
        try (Stream<Path> s = Files.list(dir)) {
            parts = s.filter(p -> p.getFileName().toString().endsWith(".parquet")).sorted().toList();
        }
        for (Path part : parts) {
            try (ParquetReader<Group> reader = ParquetReader.builder(new GroupReadSupport(),
                    new org.apache.hadoop.fs.Path(part.toUri())).withConf(new Configuration()).build()) {
                for (Group g = reader.read(); g != null; g = reader.read()) {
                    groups.add(g);
                }
            }
        }
        return groups;
    }

    /** The JSON without null-valued fields (Spark's JSON leaves them out), recursively. */
    private static JsonNode withoutNulls(JsonNode node) {
        if (node instanceof ObjectNode o) {
            ObjectNode copy = JSON.createObjectNode();
            o.properties().forEach(e -> {
                if (!e.getValue().isNull()) {
                    copy.set(e.getKey(), withoutNulls(e.getValue()));
                }
            });
            return copy;
        }
        if (node instanceof ArrayNode a) {
            ArrayNode copy = JSON.createArrayNode();
            a.forEach(n -> copy.add(withoutNulls(n)));
            return copy;
        }
        return node;
    }

    /** Numbers compare by value (an int written as a double is the same number); anything else by equality. */
    private static int compareValues(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return Double.compare(a.asDouble(), b.asDouble());
        }
        return a.equals(b) ? 0 : 1;
    }

    private static <T> List<T> iterate(Iterator<T> it) {
        List<T> list = new ArrayList<>();
        it.forEachRemaining(list::add);
        return list;
    }
}
