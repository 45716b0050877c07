package dev.copydesk.eval.stories;

import dev.copydesk.eval.report.Table;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How far two linking runs over the same input agree, e.g. {@code copydesk stories} on one machine and the
 * Spark job's {@code stories.jsonl}: the stories of the second scored against the first's with
 * {@link ClusterScores} (BCubed and pairwise), the share of articles that name the same original
 * ({@code duplicateOf}), and the articles only one run holds. Immutable and thread-safe.
 *
 * @param reference   the first run's articles
 * @param compared    the second run's articles
 * @param common      articles (by id) in both
 * @param scores      the second run's stories against the first's, over the common articles
 * @param sameOriginal common articles whose {@code duplicateOf} is the same in both (both null included)
 */
public record StoriesAgreement(int reference, int compared, int common, ClusterScores scores, int sameOriginal) {
    /** One run's links: article id to story and to original (or null). */
    public record Links(Map<String, String> stories, Map<String, String> originals) {
    }

    /** Compares {@code compared} against {@code reference}. */
    public static StoriesAgreement of(Links reference, Links compared) {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(compared, "compared");
        Map<String, String> gold = new LinkedHashMap<>();
        Map<String, String> predicted = new LinkedHashMap<>();
        int sameOriginal = 0;
        for (Map.Entry<String, String> e : reference.stories().entrySet()) {
            String story = compared.stories().get(e.getKey());
            if (story == null) {
                continue;
            }
            gold.put(e.getKey(), e.getValue());
            predicted.put(e.getKey(), story);
            if (Objects.equals(reference.originals().get(e.getKey()), compared.originals().get(e.getKey()))) {
                sameOriginal++;
            }
        }
        return new StoriesAgreement(reference.stories().size(), compared.stories().size(), gold.size(),
                ClusterScores.of(gold, predicted), sameOriginal);
    }

    /**
     * Reads one run's JSON Lines ({@code id}, {@code story}, {@code duplicateOf} per line, as
     * {@code copydesk stories} writes them).
     *
     * @throws IllegalArgumentException naming the file and line when a line is not such an object, or an id repeats
     */
    public static Links read(Path file) throws IOException {
        Map<String, String> stories = new LinkedHashMap<>();
        Map<String, String> originals = new LinkedHashMap<>();
        GoldLines.read(file, (node, n) -> {
            if (!node.path("id").isTextual() || !node.path("story").isTextual()) {
                throw new IllegalArgumentException(file + ": line " + n + ": no string \"id\" and \"story\" "
                        + "(expected the output of 'copydesk stories')");
            }
            String id = node.get("id").asText();
            if (stories.put(id, node.get("story").asText()) != null) {
                throw new IllegalArgumentException(file + ": line " + n + ": id " + id + " repeats an earlier line's");
            }
            originals.put(id, GoldLines.text(node, "duplicateOf"));
        });
        return new Links(stories, originals);
    }

    /** The agreement as a table: counts, BCubed and pairwise scores, the share naming the same original. */
    public Table table(String referenceName, String comparedName) {
        return Table.builder("Agreement of " + comparedName + " with " + referenceName).text("measure").number("value")
                .row("articles in " + referenceName, Integer.toString(reference))
                .row("articles in " + comparedName, Integer.toString(compared))
                .row("articles in both", Integer.toString(common))
                .row("stories (reference / compared)", scores.goldClusters() + " / " + scores.predictedClusters())
                .row("BCubed precision", f(scores.bcubedPrecision()))
                .row("BCubed recall", f(scores.bcubedRecall()))
                .row("BCubed F1", f(scores.bcubedF1()))
                .row("pairwise F1", f(scores.pairF1()))
                .row("same original (duplicateOf)", common == 0 ? "-" : f((double) sameOriginal / common))
                .build();
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
