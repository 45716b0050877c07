package dev.copydesk.eval.stories;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.copydesk.eval.report.Table;
import dev.copydesk.link.story.StoryClusterer;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Story clustering on JSON Lines with gold clusters: one article a line with {@code doc_id} (or
 * {@code id}), {@code text}, optional {@code title} and {@code published} (ISO-8601 date, or date-time with offset), and the
 * gold {@code cluster}. Articles go through a {@link StoryClusterer} in file order. Stateless; thread-safe.
 */
public final class StoriesEvaluation {
    private static final ObjectMapper JSON = new ObjectMapper();

    private StoriesEvaluation() {
    }

    /** One article of the file. */
    public record StoryArticle(String id, Instant published, String title, String text, String cluster) {
    }

    /** The articles of {@code file}, in file order; blank lines are skipped. */
    public static List<StoryArticle> load(Path file) throws IOException {
        List<StoryArticle> articles = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int lineNumber = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (IOException e) {
                    throw new IOException(file + ":" + lineNumber + ": not JSON: " + e.getMessage(), e);
                }
                String id = text(node, "doc_id");
                if (id == null) {
                    id = text(node, "id");
                }
                String cluster = text(node, "cluster");
                if (id == null || cluster == null) {
                    throw new IOException(file + ":" + lineNumber + ": needs doc_id (or id) and cluster");
                }
                articles.add(new StoryArticle(id, instant(text(node, "published")), text(node, "title"),
                        text(node, "text"), cluster));
            }
        }
        return articles;
    }

    /** Clusters {@code articles} in order at cosine {@code threshold} and scores the stories against gold. */
    public static ClusterScores run(List<StoryArticle> articles, double threshold) {
        StoryClusterer clusterer = new StoryClusterer(threshold);
        Map<String, String> gold = new LinkedHashMap<>();
        Map<String, String> predicted = new LinkedHashMap<>();
        for (StoryArticle a : articles) {
            if (gold.putIfAbsent(a.id(), a.cluster()) != null) {
                throw new IllegalArgumentException("article id " + a.id() + " occurs twice");
            }
            predicted.put(a.id(), clusterer.add(a.id(), a.published(), a.title(), a.text()));
        }
        return ClusterScores.of(gold, predicted);
    }

    /** The scores as a table: articles, gold clusters, predicted stories, BCubed and pairwise P/R/F1. */
    public static Table table(ClusterScores s, double threshold) {
        return Table.builder(String.format(Locale.ROOT, "Story clustering (cosine threshold %.2f)", threshold))
                .number("articles").number("gold clusters").number("stories")
                .number("BCubed P").number("BCubed R").number("BCubed F1")
                .number("pair P").number("pair R").number("pair F1")
                .row(Integer.toString(s.items()), Integer.toString(s.goldClusters()),
                        Integer.toString(s.predictedClusters()),
                        f(s.bcubedPrecision()), f(s.bcubedRecall()), f(s.bcubedF1()),
                        f(s.pairPrecision()), f(s.pairRecall()), f(s.pairF1()))
                .build();
    }

    private static String f(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
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
