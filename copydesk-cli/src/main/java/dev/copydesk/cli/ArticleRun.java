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
 * every input, process them on worker threads, write the articles in input order, report unreadable
 * inputs one line each and go on. Exit code 0 when every input was read, 1 otherwise.
 */
final class ArticleRun {
    private ArticleRun() {
    }

    static int run(CommandSpec spec, List<String> inputs, RunOptions options, String verb,
                   Function<RawInput, Article> work, Function<PrintWriter, ArticleWriter> writerFactory) {
        PrintWriter out = spec.commandLine().getOut();
        Reporter reporter = new Reporter(spec.commandLine().getErr());
        try (ArticleWriter writer = writerFactory.apply(out);
             ParallelRunner<RawInput, Article> runner = new ParallelRunner<>(options.threads(spec), work, writer::write)) {
            Progress progress = options.progress(reporter, verb);
            Counter failures = new Counter();
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
            out.flush();
            if (failures.value() > 0) {
                reporter.error(failures.value() + " input" + (failures.value() == 1 ? " or record" : "s or records")
                        + " could not be read (see above); " + writer.count() + " article" + (writer.count() == 1 ? "" : "s") + " written");
                return 1;
            }
            return 0;
        }
    }
}
