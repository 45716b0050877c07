package dev.copydesk.cli;

import dev.copydesk.annotate.Annotators;
import dev.copydesk.core.Article;
import dev.copydesk.eval.bench.AnalyzeBench;
import dev.copydesk.eval.bench.search.SearchBench;
import dev.copydesk.eval.bench.search.SearchBenchReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code copydesk bench search}: index build rate and size, and query latency, at scale. */
@Command(name = "search", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Build an index of many articles and time typical queries on it: text with entity and date "
                + "filters and facets, blank queries with facets, a speaker's quotes, entity profiles and suggestions.",
                "Analysing 100,000 articles would take hours, so the articles under --source-dir are analysed for real "
                        + "(at most --seeds of them) and the index is filled with variants of them: paragraphs shuffled, "
                        + "people renamed, new ids, outlets and dates, every annotation's offsets carried over.",
                "Reports articles indexed per second, the index's size on disk, and p50/p95/p99 latency per kind of "
                        + "query, one query at a time after a warm-up. Set the heap with COPYDESK_JAVA_OPTS, e.g. -Xmx3g."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the report was printed", "1:no articles under --source-dir, or --index is not empty", "2:usage error"},
        footerHeading = "%nExample:%n",
        footer = "  COPYDESK_JAVA_OPTS=-Xmx3g copydesk bench search --source-dir ../shared/data/quotes/polnear/dev/text --articles 100000")
final class BenchSearchCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--source-dir", order = 1, paramLabel = "DIR", required = true,
            description = "Folders of articles to analyse and vary (any input 'analyze' reads); repeatable.")
    List<Path> sourceDirs = new ArrayList<>();

    private int articles = 100_000;
    private int seeds = 500;
    private int queries = 300;
    private int warmup = 100;

    @Option(names = "--articles", order = 2, paramLabel = "N", description = "Articles to index. Default: 100000.")
    void setArticles(int n) {
        articles = atLeast("--articles", n, 1);
    }

    @Option(names = "--seeds", order = 3, paramLabel = "N", description = "Analyse at most N source articles. Default: 500.")
    void setSeeds(int n) {
        seeds = atLeast("--seeds", n, 1);
    }

    @Option(names = "--queries", order = 4, paramLabel = "N", description = "Timed queries of each kind. Default: 300.")
    void setQueries(int n) {
        queries = atLeast("--queries", n, 1);
    }

    @Option(names = "--warmup", order = 5, paramLabel = "N", description = "Untimed queries of each kind first. Default: 100.")
    void setWarmup(int n) {
        warmup = atLeast("--warmup", n, 0);
    }

    @Option(names = "--index", order = 6, paramLabel = "DIR",
            description = "Build the index here (a new or empty folder) and keep it; default: a temporary folder, deleted afterwards.")
    Path index;

    @Option(names = "--threads", order = 7, paramLabel = "N", description = "Threads that analyse and index (default: all cores).")
    Integer threads;

    @Option(names = {"-q", "--quiet"}, order = 8, description = "Do not show progress on standard error.")
    boolean quiet;

    private int atLeast(String option, int n, int min) {
        if (n < min) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + " must be at least " + min + ", not " + n);
        }
        return n;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Reporter reporter = new Reporter(spec.commandLine().getErr());
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : atLeast("--threads", threads, 1);
        Path dir = index;
        if (dir != null && Files.isDirectory(dir)) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    reporter.error(dir + " is not empty; give a new or empty folder to --index");
                    return 1;
                }
            }
        }
        List<Article> cleaned = new ArrayList<>();
        try {
            for (Path d : sourceDirs) {
                cleaned.addAll(AnalyzeBench.loadArticles(d, seeds - cleaned.size()));
                if (cleaned.size() >= seeds) {
                    break;
                }
            }
        } catch (IllegalArgumentException e) {
            reporter.error(e.getMessage());
            return 1;
        }
        progress(reporter, "analysing " + cleaned.size() + " articles on " + n + " threads (language models load first)");
        long t0 = System.nanoTime();
        List<Article> analysed = SearchBench.analyse(cleaned, Annotators.standard(), n);
        double analyseSeconds = (System.nanoTime() - t0) / 1e9;
        boolean temporary = dir == null;
        if (temporary) {
            dir = Files.createTempDirectory("copydesk-bench-search");
        }
        try {
            SearchBenchReport report = SearchBench.run(dir, analysed, analyseSeconds,
                    new SearchBench.Options(articles, queries, warmup, n), line -> progress(reporter, line));
            out.print(report.table().render());
            if (!temporary) {
                out.println("Index kept at " + dir);
            }
            out.flush();
            return 0;
        } finally {
            if (temporary) {
                delete(dir);
            }
        }
    }

    private void progress(Reporter reporter, String line) {
        if (!quiet) {
            reporter.error(line);
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
