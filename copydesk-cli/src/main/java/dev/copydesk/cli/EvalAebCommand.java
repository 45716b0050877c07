package dev.copydesk.cli;

import dev.copydesk.eval.aeb.AebDataset;
import dev.copydesk.eval.aeb.AebEvaluation;
import dev.copydesk.eval.aeb.AebReport;
import dev.copydesk.eval.extraction.ExtractionSystem;
import dev.copydesk.eval.extraction.Peers;
import dev.copydesk.eval.report.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code copydesk eval extraction aeb DIR}: the article extraction benchmark. */
@Command(name = "aeb", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Score Copydesk on the article extraction benchmark (news and blog pages with gold article "
                + "bodies), beside live peers and the peer outputs published with the benchmark.",
                "Metric (the benchmark's own): case-sensitive \\w+ tokens, multisets of 4-token shingles, precision "
                        + "and recall averaged over pages, F1 of the two averages; ± is the bootstrap standard "
                        + "deviation of F1. A page a system fails on counts as empty output."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the report was printed", "1:DIR is missing or not a benchmark folder", "2:usage error"},
        footerHeading = "%nExample:%n", footer = "  copydesk eval extraction aeb ../shared/data/extraction/aeb --worst 10")
final class EvalAebCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR",
            description = "The benchmark folder, holding ground-truth.json, html/ and peer-outputs/.")
    Path dir;

    @Mixin
    EvalOptions options;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        EnumSet<EvalOptions.PeerChoice> peers = options.peerChoices();
        AebDataset data;
        try {
            data = AebDataset.load(dir);
        } catch (IOException e) {
            err.println("copydesk: " + e.getMessage());
            return 1;
        }
        if (options.limit() != null) {
            data = data.limit(options.limit());
        }
        List<ExtractionSystem> live = peers.contains(EvalOptions.PeerChoice.live)
                ? EvalSupport.livePeers(options.readabilityJs, options.node) : List.of();
        AebReport report = AebEvaluation.run(data, Peers.copydesk(), live, peers.contains(EvalOptions.PeerChoice.published),
                options.worst(), EvalSupport.progress(err, options.quiet));
        if (options.json) {
            out.print(Json.write(report));
        } else {
            out.print(report.table().render());
            if (!report.worst().isEmpty()) {
                out.println();
                out.print(report.worstTable().render());
            }
        }
        out.flush();
        return 0;
    }
}
