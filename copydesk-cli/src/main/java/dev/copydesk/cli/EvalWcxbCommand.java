package dev.copydesk.cli;

import dev.copydesk.eval.extraction.ExtractionSystem;
import dev.copydesk.eval.extraction.Peers;
import dev.copydesk.eval.report.Json;
import dev.copydesk.eval.wcxb.WcxbDataset;
import dev.copydesk.eval.wcxb.WcxbEvaluation;
import dev.copydesk.eval.wcxb.WcxbReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code copydesk eval extraction wcxb DIR}: WCXB, the multi-type web content extraction benchmark. */
@Command(name = "wcxb", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Score Copydesk on a WCXB split (pages of seven types: articles, forums, products, collections, "
                + "listings, documentation, service pages), beside live peers.",
                "Metric (the benchmark's own): lower-cased \\w+ tokens, bag-of-words precision, recall and F1 per "
                        + "page, averaged over pages, overall and per page type. 'with found' is the share of snippets "
                        + "that must appear and do; 'without absent' the share of boilerplate snippets that must not "
                        + "appear and do not (case and white space ignored). WCXB ships no peer outputs, so "
                        + "--peers published adds nothing. A page a system fails on counts as empty output."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the report was printed", "1:DIR is missing or not a benchmark folder", "2:usage error"},
        footerHeading = "%nExample:%n", footer = "  copydesk eval extraction wcxb ../shared/data/extraction/wcxb-dev --limit 300")
final class EvalWcxbCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR",
            description = "The split's folder, holding ground-truth/ and html/.")
    Path dir;

    @Mixin
    EvalOptions options;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean live = options.peerChoices().contains(EvalOptions.PeerChoice.live);
        WcxbDataset data;
        try {
            data = WcxbDataset.load(dir);
        } catch (IOException e) {
            err.println("copydesk: " + e.getMessage());
            return 1;
        }
        if (options.limit() != null) {
            data = data.limit(options.limit());
        }
        List<ExtractionSystem> peers = live ? EvalSupport.livePeers(options.readabilityJs, options.node) : List.of();
        WcxbReport report = WcxbEvaluation.run(data, Peers.copydesk(), peers, options.worst(),
                EvalSupport.progress(err, options.quiet));
        if (options.json) {
            out.print(Json.write(report));
        } else {
            out.print(report.table().render());
            out.println();
            out.print(report.typeTable().render());
            if (!report.worst().isEmpty()) {
                out.println();
                out.print(report.worstTable().render());
            }
        }
        out.flush();
        return 0;
    }
}
