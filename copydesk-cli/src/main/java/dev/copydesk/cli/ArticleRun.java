package dev.copydesk.cli;

import dev.copydesk.core.Article;
import dev.copydesk.ingest.InputError;
import dev.copydesk.ingest.InputSink;
import dev.copydesk.ingest.Inputs;
import dev.copydesk.ingest.RawInput;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The run shared by the commands that turn inputs into articles ({@code clean}, {@code analyze}): read
 * every input, process them on worker threads, write the articles in input order, report each input
 * that cannot be read or processed on one line and go on. Exit code 0 when every input became an
 * article, 1 otherwise.
 */
final class ArticleRun {
    private ArticleRun() {
    }

    /** One input's article, or why there is none. */
    private record Outcome(String source, Article article, String error) {
    }

    /**
     * @param work turns one input into an article; a {@link RuntimeException} it throws fails that input only
     */
    static int run(CommandSpec spec, List<String> inputs, RunOptions options, String verb,
                   Function<RawInput, Article> work, Function<PrintWriter, ArticleWriter> writerFactory) {
        PrintWriter out = spec.commandLine().getOut();
        Reporter reporter = new Reporter(spec.commandLine().getErr());
        Counter failures = new Counter();
        try (ArticleWriter writer = writerFactory.apply(out);
             ParallelRunner<RawInput, Outcome> runner = new ParallelRunner<>(options.threads(spec),
                     in -> attempt(in, work), o -> {
                         if (o.article() != null) {
                             writer.write(o.article());
                         } else {
                             failures.increment();
                             reporter.error(o.source() + ": " + o.error());
                         }
                     })) {
            readAll(inputs, runner, options.progress(reporter, verb), failures, reporter);
            out.flush();
            if (failures.value() > 0) {
                reporter.error(failures.value() + " input" + (failures.value() == 1 ? " or record" : "s or records")
                        + " failed (see above); " + writer.count() + " article" + (writer.count() == 1 ? "" : "s") + " written");
                return 1;
            }
            return 0;
        }
    }

    /**
     * Reads every input (standard input for {@code -}) into {@code runner} and waits for it to finish,
     * stepping {@code progress} per input; an input that cannot be read is counted and reported on one line.
     */
    static void readAll(List<String> inputs, ParallelRunner<RawInput, ?> runner, Progress progress, Counter failures,
                        Reporter reporter) {
        Inputs.withDefaults().read(inputs, System.in, new InputSink() {
            @Override
            public void accept(RawInput input) {
                runner.submit(input);
                progress.step();
            }

            @Override
            public void error(InputError error) {
                failures.increment();
                reporter.error(error.source() + ": " + error.message());
            }
        });
        runner.finish();
        progress.done();
    }

    private static Outcome attempt(RawInput in, Function<RawInput, Article> work) {
        try {
            return new Outcome(in.source(), work.apply(in), null);
        } catch (RuntimeException e) {
            return new Outcome(in.source(), null, e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }
}
