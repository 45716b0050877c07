package dev.copydesk.cli;

import dev.copydesk.annotate.Annotators;
import dev.copydesk.clean.Cleaner;
import dev.copydesk.core.Article;
import dev.copydesk.core.Diagnostic;
import dev.copydesk.core.Pipeline;
import dev.copydesk.index.ArticleIndex;
import dev.copydesk.index.IndexLockedException;
import dev.copydesk.ingest.InputError;
import dev.copydesk.ingest.InputSink;
import dev.copydesk.ingest.Inputs;
import dev.copydesk.ingest.RawInput;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code copydesk ingest}: clean, analyse and index articles, skipping those already indexed unchanged. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {
            "Clean and analyse the input like 'copydesk analyze', and put every article into the search index "
                    + "(created when missing). An article already indexed with the same content, metadata and "
                    + "analysis is skipped without being analysed again, so an interrupted or repeated run only does "
                    + "what is left; an article with the same id and new content replaces the old one.",
            "Commits every " + IngestRun.COMMIT_EVERY + " articles, every 10 seconds, at the end, and on Ctrl-C. "
                    + "Ends with a summary: N added, N replaced, N unchanged, N failed."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input was indexed", "1:some input failed (see standard error), or the index is in use",
            "2:usage error"},
        footerHeading = "%nExample:%n", footer = "  copydesk ingest ../shared/seeds/ --index copydesk-data")
final class IngestCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Mixin
    IndexOptions index;

    @Mixin
    RunOptions run;

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
        IngestRun ingest = new IngestRun(articles, reporter);
        Thread hook = new Thread(() -> interrupted(ingest, reporter), "copydesk-ingest-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            Cleaner cleaner = new Cleaner(input.mode);
            Pipeline pipeline = Annotators.standard();
            Progress progress = run.progress(reporter, "ingested", InputEstimate.articles(input.inputs));
            try (ParallelRunner<RawInput, IngestRun.Outcome> runner = new ParallelRunner<>(threads,
                    in -> analyse(in, cleaner, pipeline, articles), o -> {
                        ingest.accept(o);
                        progress.step();
                    })) {
                Inputs.withDefaults().read(input.inputs, System.in, new InputSink() {
                    @Override
                    public void accept(RawInput in) {
                        runner.submit(in);
                    }

                    @Override
                    public void error(InputError error) {
                        ingest.failed(error.source(), error.message());
                        progress.step();
                    }
                });
                runner.finish();
            }
            ingest.commit();
            progress.done();
            String summary = ingest.summary();
            long size = articles.size();
            ingest.close();
            out.println(summary + "; the index at " + index.dir + " holds " + String.format(java.util.Locale.ROOT, "%,d", size)
                    + " article" + (size == 1 ? "" : "s"));
            out.flush();
            return ingest.failures() > 0 ? 1 : 0;
        } finally {
            ingest.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or has run
            }
        }
    }

    /** Cleans one input, skips it when the index holds it unchanged, else analyses it. Runs on worker threads. */
    private static IngestRun.Outcome analyse(RawInput in, Cleaner cleaner, Pipeline pipeline, ArticleIndex index) {
        try {
            Article cleaned = cleaner.clean(in);
            if (cleaned.text().isBlank()) {
                return IngestRun.Outcome.failed(in.source(), "no article text found" + cleaningError(cleaned));
            }
            String fingerprint = ArticleIndex.fingerprint(cleaned);
            if (index.isCurrent(cleaned.id(), fingerprint)) {
                return IngestRun.Outcome.unchanged(in.source());
            }
            return new IngestRun.Outcome(in.source(), pipeline.process(cleaned), fingerprint, null);
        } catch (IOException | RuntimeException e) {
            return IngestRun.Outcome.failed(in.source(), e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    private static String cleaningError(Article a) {
        for (Diagnostic d : a.diagnostics().items()) {
            if (d.kind() == Diagnostic.Kind.ERROR) {
                return " (" + d.code() + ": " + d.detail() + ")";
            }
        }
        return "";
    }

    private static void interrupted(IngestRun ingest, Reporter reporter) {
        try {
            if (!ingest.closed()) {
                String summary = ingest.summary();
                ingest.close();
                reporter.error("interrupted; committed what was indexed (" + summary + "); run the same command again to resume");
            }
        } catch (IOException | RuntimeException e) {
            reporter.error("interrupted; could not commit the index: " + e.getMessage());
        }
    }
}
