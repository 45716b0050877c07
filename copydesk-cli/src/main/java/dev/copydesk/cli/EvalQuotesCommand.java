package dev.copydesk.cli;

import dev.copydesk.annotate.entity.EntityLinking;
import dev.copydesk.annotate.nlp.CoreNlpAnnotator;
import dev.copydesk.annotate.quote.QuoteAttributor;
import dev.copydesk.core.Pipeline;
import dev.copydesk.eval.quotes.PlainLayers;
import dev.copydesk.eval.quotes.PolnearArticle;
import dev.copydesk.eval.quotes.PolnearDataset;
import dev.copydesk.eval.quotes.QuotesEvaluation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code copydesk eval quotes DIR}: direct quotes and their speakers on a PolNeAR split. */
@Command(name = "quotes", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Score Copydesk's quote attribution on a PolNeAR split (brat standoff attributions).",
                "Gold: direct quotes only (content wholly inside quote marks); articles with several annotators "
                        + "pool their quotes, deduplicated by overlap. A predicted quote matches a gold quote one-to-one "
                        + "when it covers at least 30%% of its characters; the speaker is right when its span overlaps a "
                        + "gold source span. Prints quote P/R/F1, speaker accuracy over matched pairs and joint F1."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the report was printed", "1:DIR is missing or not a PolNeAR split", "2:usage error"},
        footerHeading = "%nExample:%n", footer = "  copydesk eval quotes ../shared/data/quotes/polnear/dev")
final class EvalQuotesCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The split's folder, holding text/ and attributions/.")
    Path dir;

    private Integer limit;

    @Option(names = "--limit", paramLabel = "N", description = "Evaluate only the first N articles (by id).")
    void setLimit(int n) {
        if (n < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1, not " + n);
        }
        limit = n;
    }

    /** Which stage provides the tokens, sentences and entities the attributor reads. */
    enum LayerSource { corenlp, plain }

    @Option(names = "--layers", paramLabel = "SOURCE", defaultValue = "corenlp",
            description = {"What provides tokens, sentences and entities: corenlp (the analyze pipeline's "
                    + "CoreNLP stage) or plain (regular-expression tokens and sentences, no entities). "
                    + "Default: ${DEFAULT-VALUE}."})
    LayerSource layers;

    @Option(names = "--errors", paramLabel = "FILE",
            description = "Also write every article's missed and spurious quotes and wrong speakers to FILE.")
    Path errors;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<PolnearArticle> articles;
        try {
            articles = PolnearDataset.load(dir);
        } catch (IOException e) {
            err.println("copydesk: " + e.getMessage());
            return 1;
        }
        if (limit != null && articles.size() > limit) {
            articles = articles.subList(0, limit);
        }
        Pipeline pipeline = layers == LayerSource.plain
                ? Pipeline.of(new PlainLayers(), new QuoteAttributor())
                : Pipeline.of(new CoreNlpAnnotator(), new EntityLinking(), new QuoteAttributor());
        QuotesEvaluation.Report report;
        if (errors == null) {
            report = QuotesEvaluation.run(articles, pipeline, layers.name());
        } else {
            try (var w = java.nio.file.Files.newBufferedWriter(errors, java.nio.charset.StandardCharsets.UTF_8)) {
                report = QuotesEvaluation.run(articles, pipeline, layers.name(), w);
            } catch (IOException | java.io.UncheckedIOException e) {
                err.println("copydesk: cannot write " + errors + ": " + e.getMessage());
                return 1;
            }
        }
        out.print(report.table().render());
        if (report.failures() > 0) {
            out.println(report.failures() + " articles failed and count as having no quotes.");
        }
        out.flush();
        return 0;
    }
}
