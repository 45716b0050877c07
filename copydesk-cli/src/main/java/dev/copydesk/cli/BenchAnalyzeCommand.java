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
                "After loading and a warm-up come interleaved rounds: in each, the systems take turns article by "
                        + "article, in an order that rotates at each article; a turn repeats its article until half a "
                        + "second has passed (once at least). Each system shows the median of its rounds, their range and the spread "
                        + "(interquartile range over the median); the verdict says when the figures are too noisy to conclude.",
                "CoreNLP takes seconds per article and loads its models for a minute or more: the defaults (3 articles, "
                        + "5 rounds) take a few minutes, more on a busy machine.",
                "Set the heap with COPYDESK_JAVA_OPTS, e.g. -Xmx3g; the report states it and each system's peak."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the report was printed", "1:DIR holds no articles or a system failed", "2:usage error"},
        footerHeading = "%nExample:%n", footer = "  COPYDESK_JAVA_OPTS=-Xmx3g copydesk bench analyze ../shared/seeds --limit 5 --rounds 3")
final class BenchAnalyzeCommand implements Callable<Integer> {
    /** A turn shorter than this is mostly timer and scheduler noise. */
    private static final double MIN_TURN_SECONDS = 0.5;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "A folder of inputs 'analyze' reads (text, HTML, WARC, JSON Lines).")
    Path dir;

    private int limit = 3;
    private int rounds = 5;
    private int warmup = 1;

    @Option(names = "--limit", order = 1, paramLabel = "N",
            description = "Use the first N articles (by path); each round annotates all of them. Default: 3.")
    void setLimit(int n) {
        limit = atLeast("--limit", n, 1);
    }

    @Option(names = "--rounds", order = 2, paramLabel = "N", description = "Interleaved rounds. Default: 5.")
    void setRounds(int n) {
        rounds = atLeast("--rounds", n, 1);
    }

    @Option(names = "--warmup", order = 3, paramLabel = "N",
            description = "Articles each system annotates untimed after loading its models. Default: 1.")
    void setWarmup(int n) {
        warmup = atLeast("--warmup", n, 0);
    }

    private int atLeast(String option, int n, int min) {
        if (n < min) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + " must be at least " + min + ", not " + n);
        }
        return n;
    }

    @Option(names = "--no-reference", order = 4, description = "Time Copydesk alone.")
    boolean noReference;

    @Option(names = "--corenlp-models", order = 5, paramLabel = "JAR",
            description = "CoreNLP's full models jar, for the reference (default: the one in the local Maven repository).")
    Path modelsJar;

    @Option(names = {"-q", "--quiet"}, order = 6, description = "Do not show progress on standard error.")
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
                modelsJar != null ? modelsJar : AnalyzeBench.defaultModelsJar(),
                new AnalyzeBench.Settings(rounds, warmup, MIN_TURN_SECONDS), line -> {
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
