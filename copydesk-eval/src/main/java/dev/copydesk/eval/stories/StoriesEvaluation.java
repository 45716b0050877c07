package dev.copydesk.eval.stories;

import com.fasterxml.jackson.databind.JsonNode;
import dev.copydesk.clean.Cleaner;
import dev.copydesk.core.Article;
import dev.copydesk.eval.report.Table;
import dev.copydesk.link.story.StoryClusterer;
import dev.copydesk.link.story.StoryInput;
import dev.copydesk.link.story.StorySettings;
import dev.copydesk.pipeline.AnalysisConfig;
import dev.copydesk.pipeline.ArticleAnalyzer;
import dev.copydesk.pipeline.OverAnalysisLimitException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Story clustering on JSON Lines with gold clusters: one article a line with {@code doc_id} (or
 * {@code id}), {@code text}, optional {@code title}, {@code published} (ISO-8601 date, or date-time with
 * offset) and {@code split}, and the gold {@code cluster}. Articles go through a {@link StoryClusterer} in
 * file order or a shuffled order, and its final stories (after merges) are scored. Stateless; thread-safe.
 */
public final class StoriesEvaluation {

    private StoriesEvaluation() {
    }

    /** One article of the file; {@code split} is null when the line has none. */
    public record StoryArticle(String id, Instant published, String title, String text, String cluster,
                               String split) {
    }

    /**
     * How to run one evaluation.
     *
     * @param settings         the clusterer's settings
     * @param shuffleSeed      the seed of the order articles arrive in, or null for file order
     * @param priorFrequencies whether the clusterer first counts term frequencies over all articles, as a batch
     *                         run does
     */
    public record Run(StorySettings settings, Long shuffleSeed, boolean priorFrequencies) {
    }

    /** The articles of {@code file}, in file order; blank lines are skipped. */
    public static List<StoryArticle> load(Path file) throws IOException {
        List<StoryArticle> articles = new ArrayList<>();
        GoldLines.read(file, (node, lineNumber) -> {
            String id = GoldLines.id(node);
            String cluster = text(node, "cluster");
            if (id == null || cluster == null) {
                throw new IOException(file + ":" + lineNumber + ": needs doc_id (or id) and cluster");
            }
            articles.add(new StoryArticle(id, instant(text(node, "published")), text(node, "title"),
                    text(node, "text"), cluster, text(node, "split")));
        });
        return articles;
    }

    /** The articles whose split is {@code split}, in order; all of them when {@code split} is null. */
    public static List<StoryArticle> split(List<StoryArticle> articles, String split) {
        return split == null ? articles : articles.stream().filter(a -> split.equals(a.split())).toList();
    }

    /**
     * The first {@code max} articles (in order) of each gold cluster: many small clusters, as in a news
     * stream. Every article when {@code max} is 0.
     */
    public static List<StoryArticle> maxPerCluster(List<StoryArticle> articles, int max) {
        if (max <= 0) {
            return articles;
        }
        Map<String, Integer> kept = new HashMap<>();
        return articles.stream().filter(a -> kept.merge(a.cluster(), 1, Integer::sum) <= max).toList();
    }

    /** The clusterer's inputs: text, title and time only, so names come from capitalisation. */
    public static List<StoryInput> inputs(List<StoryArticle> articles) {
        return articles.stream().map(a -> new StoryInput(a.id(), a.published(), a.title(), a.text(), null)).toList();
    }

    /**
     * The clusterer's inputs after Copydesk's standard analysis of each text (no cleaning), on
     * {@code threads} threads: canonical entity names come from the analysis. A text over the analysis limit
     * keeps the capitalisation fallback.
     */
    public static List<StoryInput> analysedInputs(List<StoryArticle> articles, int threads) {
        ArticleAnalyzer analyzer = ArticleAnalyzer.standard(AnalysisConfig.defaults().withCleanMode(Cleaner.Mode.NONE));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<StoryInput>> futures = new ArrayList<>(articles.size());
            for (StoryArticle a : articles) {
                futures.add(pool.submit(() -> analysed(analyzer, a)));
            }
            List<StoryInput> inputs = new ArrayList<>(futures.size());
            for (Future<StoryInput> f : futures) {
                inputs.add(f.get());
            }
            return inputs;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("analysis was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("analysis failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static StoryInput analysed(ArticleAnalyzer analyzer, StoryArticle a) {
        Article article = Article.builder().id(a.id()).source("eval-stories").title(a.title()).text(a.text() == null ? "" : a.text()).build();
        try {
            StoryInput in = StoryInput.of(analyzer.analyse(article));
            return new StoryInput(a.id(), a.published(), a.title(), a.text(), in.entities());
        } catch (OverAnalysisLimitException e) {
            return new StoryInput(a.id(), a.published(), a.title(), a.text(), null);
        }
    }

    /** Clusters {@code articles} in file order at cosine {@code threshold} and scores the stories against gold. */
    public static ClusterScores run(List<StoryArticle> articles, double threshold) {
        return run(articles, inputs(articles), new Run(StorySettings.DEFAULTS.withThreshold(threshold), null, false));
    }

    /**
     * Clusters {@code inputs} (one per article, same order) as {@code run} says and scores the final stories
     * against the articles' gold clusters.
     *
     * @throws IllegalArgumentException when an article id occurs twice
     */
    public static ClusterScores run(List<StoryArticle> articles, List<StoryInput> inputs, Run run) {
        if (articles.size() != inputs.size()) {
            throw new IllegalArgumentException(articles.size() + " articles but " + inputs.size() + " inputs");
        }
        Map<String, String> gold = new LinkedHashMap<>();
        for (StoryArticle a : articles) {
            if (gold.putIfAbsent(a.id(), a.cluster()) != null) {
                throw new IllegalArgumentException("article id " + a.id() + " occurs twice");
            }
        }
        List<StoryInput> order = new ArrayList<>(inputs);
        if (run.shuffleSeed() != null) {
            Collections.shuffle(order, new Random(run.shuffleSeed()));
        }
        StoryClusterer clusterer = new StoryClusterer(run.settings());
        if (run.priorFrequencies()) {
            clusterer.withPriorFrequencies(order);
        }
        for (StoryInput in : order) {
            clusterer.add(in);
        }
        return ClusterScores.of(gold, clusterer.assignments());
    }

    /** A table with one row per run: articles, gold clusters, predicted stories, BCubed and pairwise P/R/F1. */
    public static Table table(String title, List<String> names, List<ClusterScores> scores) {
        Table.Builder table = Table.builder(title).text("order")
                .number("articles").number("gold clusters").number("stories")
                .number("BCubed P").number("BCubed R").number("BCubed F1")
                .number("pair P").number("pair R").number("pair F1");
        for (int i = 0; i < scores.size(); i++) {
            ClusterScores s = scores.get(i);
            table.row(names.get(i), Integer.toString(s.items()), Integer.toString(s.goldClusters()),
                    Integer.toString(s.predictedClusters()),
                    f(s.bcubedPrecision()), f(s.bcubedRecall()), f(s.bcubedF1()),
                    f(s.pairPrecision()), f(s.pairRecall()), f(s.pairF1()));
        }
        return table.build();
    }

    /** The mean, lowest and highest of each score over several runs (several orders of one input). */
    public static Table spread(List<ClusterScores> scores) {
        Table.Builder table = Table.builder("Spread over " + scores.size() + " orders").text("score")
                .number("mean").number("min").number("max");
        spreadRow(table, "BCubed P", scores, ClusterScores::bcubedPrecision);
        spreadRow(table, "BCubed R", scores, ClusterScores::bcubedRecall);
        spreadRow(table, "BCubed F1", scores, ClusterScores::bcubedF1);
        spreadRow(table, "pair F1", scores, ClusterScores::pairF1);
        return table.build();
    }

    private static void spreadRow(Table.Builder table, String name, List<ClusterScores> scores,
                                  java.util.function.ToDoubleFunction<ClusterScores> score) {
        java.util.DoubleSummaryStatistics stats = scores.stream().mapToDouble(score).summaryStatistics();
        table.row(name, f(stats.getAverage()), f(stats.getMin()), f(stats.getMax()));
    }

    /** The scores of one file-order run as a table. */
    public static Table table(ClusterScores s, double threshold) {
        return table(String.format(Locale.ROOT, "Story clustering (cosine threshold %.2f)", threshold),
                List.of("file"), List.of(s));
    }

    private static String f(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static String text(JsonNode node, String field) {
        return GoldLines.text(node, field);
    }

    private static Instant instant(String value) throws IOException {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.length() == 10
                    ? java.time.LocalDate.parse(value).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()
                    : java.time.OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new IOException("published is not an ISO-8601 instant: " + value, e);
        }
    }
}
