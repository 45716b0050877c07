package dev.copydesk.cli;

import dev.copydesk.eval.stories.ClusterScores;
import dev.copydesk.eval.stories.StoriesEvaluation;
import dev.copydesk.eval.stories.StoriesEvaluation.StoryArticle;
import dev.copydesk.link.story.StoryInput;
import dev.copydesk.link.story.StorySettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code copydesk eval stories FILE}: streaming story clustering against gold clusters. */
@Command(name = "stories", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Score Copydesk's streaming story clustering on JSON Lines with gold clusters.",
                "Each line: doc_id (or id), text, optional title, published and split, and the gold cluster. "
                        + "Articles are clustered in file order (or shuffled orders); term frequencies are first "
                        + "counted over the whole input, as a batch run does. Prints articles, gold clusters, "
                        + "final stories, BCubed P/R/F1 and pairwise P/R/F1, one row per order."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the report was printed", "1:FILE is missing or not valid", "2:usage error"},
        footerHeading = "%nExamples:%n",
        footer = {"  copydesk eval stories --split train ../shared/data/stories/ecbplus/ecbplus-train-dev.jsonl",
                "  copydesk eval stories --split dev --shuffle 1,2,3,4,5,6,7,8 --max-per-cluster 3 --analyze FILE"})
final class EvalStoriesCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "JSON Lines of articles with gold clusters.")
    Path file;

    private StorySettings settings = StorySettings.DEFAULTS;

    @Option(names = "--split", paramLabel = "NAME", description = "Only the articles whose split is NAME.")
    String split;

    @Option(names = "--shuffle", paramLabel = "SEED", split = ",",
            description = "Cluster in the order shuffled with each SEED (comma-separated or repeated) instead of "
                    + "file order, one row each, then the spread.")
    List<Long> shuffles = new ArrayList<>();

    @Option(names = "--max-per-cluster", paramLabel = "N",
            description = "Keep only the first N articles of each gold cluster (many small clusters).")
    int maxPerCluster;

    @Option(names = "--analyze",
            description = "Run Copydesk's standard analysis (no cleaning, 2 threads) first, so entity names come "
                    + "from it rather than from capitalisation.")
    boolean analyze;

    @Option(names = "--no-prior", description = "Count term frequencies only as articles arrive.")
    boolean noPrior;

    @Option(names = "--threshold", paramLabel = "SIMILARITY",
            description = "Similarity an article needs with a story to join it, in (0, 1]. Default: "
                    + "the clusterer's, tuned on ECB+.")
    void setThreshold(double value) {
        settings = checked(() -> settings.withThreshold(value), "--threshold");
    }

    @Option(names = "--merge-threshold", paramLabel = "SIMILARITY",
            description = "Similarity two stories need to merge at the end, in (0, 1]; 1 merges none.")
    void setMergeThreshold(double value) {
        settings = checked(() -> settings.withMergeThreshold(value), "--merge-threshold");
    }

    @Option(names = "--weights", paramLabel = "W,S,E,N", split = ",",
            description = "Weights of words, stems, entity names and numbers (each ≥ 0).")
    List<Double> weights;

    @Option(names = "--no-second-look", description = "Skip the final pass that lets every article move to a "
            + "better story.")
    void setNoSecondLook(boolean value) {
        settings = settings.withReassign(!value);
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (weights != null) {
            List<Double> w = weights;
            if (w.size() != 4) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--weights needs 4 numbers, not " + w);
            }
            settings = checked(() -> settings.withWeights(w.get(0), w.get(1), w.get(2), w.get(3)), "--weights");
        }
        try {
            List<StoryArticle> articles = StoriesEvaluation.maxPerCluster(
                    StoriesEvaluation.split(StoriesEvaluation.load(file), split), maxPerCluster);
            if (articles.isEmpty()) {
                err.println("copydesk: no articles" + (split == null ? "" : " in split " + split) + " in " + file);
                return 1;
            }
            List<StoryInput> inputs = analyze ? StoriesEvaluation.analysedInputs(articles, 2)
                    : StoriesEvaluation.inputs(articles);
            List<String> names = new ArrayList<>();
            List<ClusterScores> scores = new ArrayList<>();
            for (Long seed : shuffles.isEmpty() ? java.util.Collections.<Long>singletonList(null) : shuffles) {
                names.add(seed == null ? "file" : "shuffle " + seed);
                scores.add(StoriesEvaluation.run(articles, inputs, new StoriesEvaluation.Run(settings, seed, !noPrior)));
            }
            out.print(StoriesEvaluation.table(title(), names, scores).render());
            if (scores.size() > 1) {
                out.println();
                out.print(StoriesEvaluation.spread(scores).render());
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            err.println("copydesk: " + e.getMessage());
            return 1;
        }
        out.flush();
        return 0;
    }

    private String title() {
        StorySettings s = settings;
        return String.format(Locale.ROOT, "Story clustering (threshold %.2f, merge %.2f; weights words %s, stems %s, "
                        + "names %s, numbers %s; %s; %s; names from %s%s%s)", s.threshold(), s.mergeThreshold(),
                num(s.words()), num(s.stems()), num(s.entities()), num(s.numbers()),
                noPrior ? "frequencies as they come" : "prior frequencies",
                s.reassign() ? "second look" : "no second look", analyze ? "analysis" : "capitalisation",
                split == null ? "" : "; split " + split, maxPerCluster > 0 ? "; at most " + maxPerCluster + " per cluster" : "");
    }

    private static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private StorySettings checked(java.util.function.Supplier<StorySettings> change, String option) {
        try {
            return change.get();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + ": " + e.getMessage());
        }
    }
}
