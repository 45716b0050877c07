package dev.copydesk.cli;

import dev.copydesk.eval.stories.ClusterScores;
import dev.copydesk.eval.stories.StoriesEvaluation;
import dev.copydesk.link.story.StoryClusterer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code copydesk eval stories FILE}: streaming story clustering against gold clusters. */
@Command(name = "stories", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Score Copydesk's streaming story clustering on JSON Lines with gold clusters.",
                "Each line: doc_id (or id), text, optional title and published, and the gold cluster. Articles "
                        + "are clustered in file order. Prints articles, gold clusters, predicted stories, "
                        + "BCubed P/R/F1 and pairwise P/R/F1."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the report was printed", "1:FILE is missing or not valid", "2:usage error"},
        footerHeading = "%nExample:%n",
        footer = "  copydesk eval stories ../shared/data/stories/ecbplus/ecbplus-train-dev.jsonl")
final class EvalStoriesCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "JSON Lines of articles with gold clusters.")
    Path file;

    private double threshold = new StoryClusterer().threshold();

    @Option(names = "--threshold", paramLabel = "COSINE",
            description = "Cosine an article needs with a story to join it, in (0, 1]. Default: the "
                    + "clusterer's, tuned on ECB+.")
    void setThreshold(double value) {
        if (!(value > 0 && value <= 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threshold must be in (0, 1], not " + value);
        }
        threshold = value;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<StoriesEvaluation.StoryArticle> articles;
        try {
            articles = StoriesEvaluation.load(file);
            ClusterScores scores = StoriesEvaluation.run(articles, threshold);
            out.print(StoriesEvaluation.table(scores, threshold).render());
        } catch (IOException | IllegalArgumentException e) {
            err.println("copydesk: " + e.getMessage());
            return 1;
        }
        out.flush();
        return 0;
    }
}
