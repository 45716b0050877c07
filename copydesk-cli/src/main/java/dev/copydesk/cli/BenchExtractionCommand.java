package dev.copydesk.cli;

import dev.copydesk.eval.bench.BenchReport;
import dev.copydesk.eval.bench.ExtractionBench;
import dev.copydesk.eval.extraction.ExtractionSystem;
import dev.copydesk.eval.extraction.Page;
import dev.copydesk.eval.extraction.Peers;
import dev.copydesk.eval.report.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code copydesk bench extraction DIR}: pages per second of Copydesk and its peers on the same pages. */
@Command(name = "extraction", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Time main-text extraction by Copydesk, boilerpipe, readability4j and Mozilla Readability on the "
                + "same HTML pages, held in memory, in interleaved rounds: after a warm-up, each round has every system "
                + "extract every page once, the systems taking turns on slices of 20 pages in an order that rotates at "
                + "each slice, so that load from other programs falls on all of them alike.",
                "In-process systems run on one thread, so pages/s is per core. Mozilla Readability runs in Node.js and is "
                        + "timed as one whole batch per round, start-up and page transfer included.",
                "Each system shows the median of its rounds, their range, and the spread (interquartile range over the "
                        + "median); its ratio to boilerpipe is the ratio of medians, beside the range of the per-round "
                        + "ratios. The verdict says 'faster' or 'slower' when every round agrees and the per-round "
                        + "ratios spread no more than 15%%; 'by a noisy margin' when they agree on the side but spread "
                        + "more; 'too close to call' when they fall on both sides of 1.00x; and 'pages/s too noisy' when "
                        + "a system's own rounds spread more than 15%% (the ratios often hold still while the rates swing "
                        + "with the load of a shared machine). Run again with more rounds, or on a quieter machine, to "
                        + "settle a noisy verdict.",
                "A round over the 181 pages of the AEB benchmark takes under a minute: the defaults take about four "
                        + "minutes on a busy 2-core machine."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the report was printed", "1:DIR is missing or holds no pages", "2:usage error"},
        footerHeading = "%nExample:%n", footer = "  copydesk bench extraction ../shared/data/extraction/aeb --rounds 7")
final class BenchExtractionCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR",
            description = "A folder of .html or .html.gz pages, searched at any depth (a benchmark folder works).")
    Path dir;

    private int limit;
    private int rounds = 5;
    private int warmup = 50;

    @Option(names = "--limit", order = 1, paramLabel = "N", description = "Use only the first N pages (by path).")
    void setLimit(int n) {
        limit = atLeast("--limit", n, 1);
    }

    @Option(names = "--rounds", order = 2, paramLabel = "N",
            description = "Interleaved rounds; in each, every system extracts every page once. Default: 5.")
    void setRounds(int n) {
        rounds = atLeast("--rounds", n, 1);
    }

    @Option(names = "--warmup", order = 3, paramLabel = "N", description = "Pages each in-process system extracts untimed first. Default: 50.")
    void setWarmup(int n) {
        warmup = atLeast("--warmup", n, 0);
    }

    @Option(names = "--no-readability-js", order = 4, description = "Leave Mozilla Readability (Node.js) out.")
    boolean noReadabilityJs;

    @Option(names = "--readability-js", order = 5, paramLabel = "DIR",
            description = "The tools/readability-js folder (default: found from the working directory or the jar).")
    Path readabilityJs;

    @Option(names = "--node", order = 6, paramLabel = "CMD", defaultValue = "node", description = "The Node.js command. Default: ${DEFAULT-VALUE}.")
    String node;

    @Option(names = "--json", order = 7, description = "Print the report as JSON instead of a table.")
    boolean json;

    @Option(names = {"-q", "--quiet"}, order = 8, description = "Do not show progress on standard error.")
    boolean quiet;

    private int atLeast(String option, int n, int min) {
        if (n < min) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + " must be at least " + min + ", not " + n);
        }
        return n;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Page> pages;
        try {
            pages = ExtractionBench.loadPages(dir, limit);
        } catch (IOException e) {
            err.println("copydesk: " + e.getMessage());
            return 1;
        }
        List<ExtractionSystem> systems = new ArrayList<>();
        systems.add(Peers.copydesk());
        for (ExtractionSystem peer : EvalSupport.livePeers(readabilityJs, node)) {
            if (peer.inProcess() || !noReadabilityJs) {
                systems.add(peer);
            }
        }
        String baseline = Peers.BOILERPIPE;
        BenchReport report = ExtractionBench.run(pages, systems, baseline, rounds, warmup, EvalSupport.progress(err, quiet));
        out.print(json ? Json.write(report) : report.table().render());
        out.flush();
        return 0;
    }
}
