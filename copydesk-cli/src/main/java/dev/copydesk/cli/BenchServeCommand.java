package dev.copydesk.cli;

import dev.copydesk.eval.bench.serve.ServeLoad;
import dev.copydesk.eval.bench.serve.ServeReport;
import dev.copydesk.http.CopydeskServer;
import dev.copydesk.http.ServerConfig;
import dev.copydesk.index.ArticleIndex;
import dev.copydesk.index.NoIndexException;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code copydesk bench serve}: how many API requests a server over an index answers, and how fast. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Start the server on the index (read-only, a free port on 127.0.0.1) and send it API requests "
                + "from several threads for a while: searches by words, entity and speaker, blank searches with facets, "
                + "entity profiles and quotes, built from the index's most-mentioned entities.",
                "The time is split into equal rounds. Prints requests and errors, then requests per second and the p50, "
                        + "p90 and p99 latencies: the median of the rounds, their range, and the spread (interquartile "
                        + "range over the median), 'too noisy' above 15%%. Client and server share the machine."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the report was printed (see its error count)", "1:there is no index", "2:usage error"})
final class BenchServeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    IndexOptions index;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "10",
            description = "How long to send requests in all (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "5",
            description = "Equal rounds the time is split into, each at least 0.2 s (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "8", description = "Client threads, each with one request in flight (default: ${DEFAULT-VALUE}).")
    int threads;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (seconds < 1 || seconds > 3600) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--seconds must be between 1 and 3600, not " + seconds);
        }
        if (rounds < 1 || rounds > seconds * 5) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--rounds must be between 1 and 5 per second of --seconds (" + seconds * 5 + "), not " + rounds);
        }
        if (threads < 1 || threads > 256) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be between 1 and 256, not " + threads);
        }
        PrintWriter out = spec.commandLine().getOut();
        ArticleIndex idx;
        try {
            idx = ArticleIndex.openReadOnly(index.dir);
        } catch (NoIndexException e) {
            spec.commandLine().getErr().println("copydesk: " + e.getMessage() + "; run 'copydesk ingest' first");
            return 1;
        }
        try (idx; CopydeskServer server = new CopydeskServer(idx, ServerConfig.defaults().withPort(0)).start()) {
            List<String> paths = ServeLoad.requests(idx.entities("", null, 40));
            Duration round = Duration.ofMillis(seconds * 1000L / rounds);
            ServeReport report = ServeLoad.run("http://127.0.0.1:" + server.port(), paths,
                    new ServeLoad.Settings(threads, rounds, round));
            long size = idx.size();
            out.printf("bench serve: %d article%s, %d kinds of request%n", size, size == 1 ? "" : "s", report.kinds());
            out.print(report.table().render());
            out.flush();
        }
        return 0;
    }
}
