package dev.copydesk.cli;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Options shared by the extraction benchmarks ({@code eval extraction aeb|wcxb}). */
final class EvalOptions {
    /** Which peers to score beside Copydesk. */
    enum PeerChoice { live, published, none }

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec mixee;

    private Integer limit;

    @Option(names = "--limit", order = 1, paramLabel = "N", description = "Evaluate only the first N pages (by id).")
    void setLimit(int n) {
        if (n < 1) {
            throw new CommandLine.ParameterException(mixee.commandLine(), "--limit must be at least 1, not " + n);
        }
        limit = n;
    }

    @Option(names = "--peers", order = 2, paramLabel = "KINDS", split = ",", defaultValue = "live,published",
            description = {"Peers to score beside Copydesk, comma-separated: live (boilerpipe, readability4j and Mozilla "
                    + "Readability, run now on the same pages), published (outputs shipped with the benchmark), "
                    + "or none. Default: ${DEFAULT-VALUE}."})
    List<PeerChoice> peers;

    private int worst;

    @Option(names = "--worst", order = 3, paramLabel = "N", description = "Also list Copydesk's N worst pages by page F1.")
    void setWorst(int n) {
        if (n < 0) {
            throw new CommandLine.ParameterException(mixee.commandLine(), "--worst must not be negative, not " + n);
        }
        worst = n;
    }

    @Option(names = "--json", order = 4, description = "Print the report as JSON instead of tables.")
    boolean json;

    @Option(names = "--readability-js", order = 5, paramLabel = "DIR",
            description = "The tools/readability-js folder (default: found from the working directory or the jar).")
    Path readabilityJs;

    @Option(names = "--node", order = 6, paramLabel = "CMD", defaultValue = "node", description = "The Node.js command. Default: ${DEFAULT-VALUE}.")
    String node;

    @Option(names = {"-q", "--quiet"}, order = 7, description = "Do not show progress on standard error.")
    boolean quiet;

    Integer limit() {
        return limit;
    }

    int worst() {
        return worst;
    }

    /** The chosen peer kinds; a usage error when {@code none} comes with another kind. */
    EnumSet<PeerChoice> peerChoices() {
        EnumSet<PeerChoice> set = EnumSet.noneOf(PeerChoice.class);
        set.addAll(peers);
        if (set.contains(PeerChoice.none) && set.size() > 1) {
            throw new CommandLine.ParameterException(mixee.commandLine(), "--peers none cannot be combined with other kinds: " + peers);
        }
        return set;
    }
}
