package dev.copydesk.cli;

import dev.copydesk.annotate.Annotators;
import dev.copydesk.core.Article;
import dev.copydesk.eval.bench.AnalyzeBench;
import dev.copydesk.eval.bench.AnalyzeBenchReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code copydesk bench analyze DIR}: Copydesk's annotation speed beside CoreNLP's who-said-what pipeline. */
@Command(name = "analyze", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Time Copydesk's annotation (what 'analyze' adds after cleaning) and CoreNLP's own who-said-what "
                + "pipeline (tokenize,ssplit,pos,lemma,ner,depparse,coref,quote, default settings) on the same cleaned "
                + "articles, in one run, one thread each: seconds per article and tokens per second per core.",
                "Set the heap with COPYDESK_JAVA_OPTS, e.g. -Xmx3g; the report states it and each system's peak."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the report was printed", "1:DIR holds no articles or a system failed", "2:usage error"},
        footerHeading = "%nExample:%n", footer = "  COPYDESK_JAVA_OPTS=-Xmx3g copydesk bench analyze ../shared/seeds")
final class BenchAnalyzeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "A folder of inputs 'analyze' reads (text, HTML, WARC, JSON Lines).")
    Path dir;

    private int limit;

    @Option(names = "--limit", order = 1, paramLabel = "N", description = "Use only the first N articles (by path).")
    void setLimit(int n) {
        if (n < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1, not " + n);
        }
        limit = n;
    }

    @Option(names = "--no-reference", order = 2, description = "Time Copydesk alone.")
    boolean noReference;

    @Option(names = "--corenlp-models", order = 3, paramLabel = "JAR",
            description = "CoreNLP's full models jar, for the reference (default: the one in the local Maven repository).")
    Path modelsJar;

    @Option(names = {"-q", "--quiet"}, order = 4, description = "Do not show progress on standard error.")
    boolean quiet;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Article> articles;
        try {
            articles = AnalyzeBench.loadArticles(dir, limit);
        } catch (IllegalArgumentException e) {
            err.println("copydesk: " + e.getMessage());
            return 1;
        }
        AnalyzeBenchReport report = AnalyzeBench.run(articles, Annotators.standard(), !noReference,
                modelsJar != null ? modelsJar : AnalyzeBench.defaultModelsJar(), line -> {
                    if (!quiet) {
                        err.println("copydesk: " + line);
                        err.flush();
                    }
                });
        out.print(report.table().render());
        out.flush();
        return 0;
    }
}
