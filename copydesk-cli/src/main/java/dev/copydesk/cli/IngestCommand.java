package dev.copydesk.cli;

import dev.copydesk.index.ArticleIndex;
import dev.copydesk.index.IndexLockedException;
import dev.copydesk.ingest.InputError;
import dev.copydesk.ingest.InputSink;
import dev.copydesk.ingest.Inputs;
import dev.copydesk.ingest.RawInput;
import dev.copydesk.ingest.ReadLimits;
import dev.copydesk.pipeline.AnalysisConfig;
import dev.copydesk.pipeline.IndexStore;
import dev.copydesk.pipeline.StoryLinking;
import dev.copydesk.pipeline.IngestConfig;
import dev.copydesk.pipeline.IngestCounts;
import dev.copydesk.pipeline.IngestResult;
import dev.copydesk.pipeline.Ingestor;
import dev.copydesk.pipeline.IngestorClosedException;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code copydesk ingest}: clean, analyse and index articles, skipping those already indexed unchanged. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {
            "Clean and analyse the input like 'copydesk analyze', and put every article into the search index "
                    + "(created when missing). An article already indexed with the same content, metadata and "
                    + "analysis is skipped without being analysed again, so an interrupted or repeated run only does "
                    + "what is left; an article with the same id and new content replaces the old one.",
            "With --analyzed, the input is JSON Lines already analysed by 'copydesk analyze' or by the Spark job "
                    + "('copydesk spark --jsonl': give its output directory, or its articles-jsonl directory): each "
                    + "record is indexed as it is, entities, quotes, amounts and dates included, without cleaning or "
                    + "analysing it again (no language models are loaded). A record whose annotation spans fall "
                    + "outside its text fails alone with an error naming the layer; an error row of the Spark job "
                    + "fails with the input it names and why.",
            "Commits every " + IngestConfig.DEFAULT_COMMIT_EVERY + " articles, every 10 seconds, at the end, and on Ctrl-C. "
                    + "Ends with a summary: N added, N replaced, N unchanged, N failed."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input was indexed", "1:some input failed (see standard error), or the index is in use",
            "2:usage error"},
        footerHeading = "%nExample:%n", footer = {"  copydesk ingest ../shared/seeds/ --index copydesk-data",
            "  copydesk ingest --analyzed analysed.jsonl --index copydesk-data",
            "  copydesk ingest --analyzed spark-out --index copydesk-data"})
final class IngestCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Mixin
    IndexOptions index;

    @Mixin
    RunOptions run;

    @Option(names = "--analyzed",
            description = "The JSON Lines input is already analysed ('copydesk analyze' output): index each record "
                    + "with its annotations as it is, without cleaning or analysis. Only JSON Lines is read; "
                    + "--clean is ignored.")
    boolean analyzed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Reporter reporter = new Reporter(spec.commandLine().getErr());
        int threads = run.threads(spec);
        ArticleIndex articles;
        try {
            articles = ArticleIndex.open(index.dir);
        } catch (IndexLockedException e) {
            reporter.error(e.getMessage());
            return 1;
        }
        IngestConfig config = IngestConfig.defaults().withAnalysis(AnalysisConfig.defaults().withCleanMode(input.mode))
                .withPreAnalysed(analyzed);
        IndexStore store = new IndexStore(articles);
        Ingestor ingestor = Ingestor.standard(config, store);
        Thread hook = new Thread(() -> interrupted(ingestor, reporter), "copydesk-ingest-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            Progress progress = run.progress(reporter, "ingested", InputEstimate.articles(input.inputs));
            try (ParallelRunner<RawInput, Ingestor.Prepared> runner = new ParallelRunner<>(threads, ingestor::prepare,
                    p -> report(() -> ingestor.put(p), reporter, progress))) {
                List<String> inputs = analyzed ? SparkOutput.articles(input.inputs, reporter) : input.inputs;
                (analyzed ? Inputs.forAnalysedRecords(ReadLimits.defaults()) : Inputs.withDefaults()).read(inputs, System.in, new InputSink() {
                    @Override
                    public void accept(RawInput in) {
                        runner.submit(in);
                    }

                    @Override
                    public void error(InputError error) {
                        report(() -> ingestor.failed(error.source(), error.message()), reporter, progress);
                    }
                });
                runner.finish();
            }
            store.link();
            ingestor.commit();
            progress.done();
            StoryLinking.Outcome linked = store.lastLinking();
            if (linked != null && !run.quiet) {
                reporter.progress(String.format(Locale.ROOT, "linked %,d articles into %,d stories (%,d links changed) in %,d ms",
                        linked.articles(), linked.stories(), linked.changed(), linked.millis()));
            }
            IngestCounts counts = ingestor.counts();
            long size = articles.size();
            ingestor.close();
            out.println(summary(counts) + "; the index at " + index.dir + " holds " + String.format(Locale.ROOT, "%,d", size)
                    + " article" + (size == 1 ? "" : "s"));
            out.flush();
            return counts.failed() > 0 ? 1 : 0;
        } finally {
            ingestor.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or has run
            }
        }
    }

    /** The one-line summary: {@code N added, N replaced, N unchanged, N failed}. */
    static String summary(IngestCounts c) {
        return String.format(Locale.ROOT, "%,d added, %,d replaced, %,d unchanged, %,d failed",
                c.added(), c.replaced(), c.unchanged(), c.failed());
    }

    private static void report(Supplier<IngestResult> step, Reporter reporter, Progress progress) {
        IngestResult r;
        try {
            r = step.get();
        } catch (IngestorClosedException interrupted) {
            return; // Ctrl-C closed the run; the shutdown hook reports it
        }
        if (r.status() == IngestResult.Status.FAILED) {
            reporter.error(r.source() + ": " + r.error());
        }
        progress.step();
    }

    private static void interrupted(Ingestor ingestor, Reporter reporter) {
        try {
            if (!ingestor.closed()) {
                String summary = summary(ingestor.counts());
                ingestor.close();
                reporter.error("interrupted; committed what was indexed (" + summary + "); run the same command again to resume");
            }
        } catch (IOException | RuntimeException e) {
            reporter.error("interrupted; could not commit the index: " + e.getMessage());
        }
    }
}
