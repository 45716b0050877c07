package dev.copydesk.cli;

import dev.copydesk.eval.duplicates.DuplicatesEvaluation;
import dev.copydesk.eval.duplicates.Original;
import dev.copydesk.eval.report.Table;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code copydesk eval duplicates FILE|DIR}: duplicate detection on copies generated from originals. */
@Command(name = "duplicates", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Score Copydesk's duplicate detection on syndicated copies generated from original articles.",
                "Each original gets two copies by edits drawn at random (new headline, paragraph dropped or added, "
                        + "boilerplate line, a few words changed, quotes and spacing, all of headline, words and "
                        + "boilerplate) and, one time in two, an excerpt, which is not a copy. Originals of one gold "
                        + "cluster (the same event by different writers) are not copies either.",
                "Prints pairwise precision, recall and F1 of the duplicate groups, and per edit the share linked to "
                        + "its original."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the report was printed", "1:the input is missing, empty or not valid", "2:usage error"},
        footerHeading = "%nExamples:%n",
        footer = {"  copydesk eval duplicates ../shared/data/stories/ecbplus/ecbplus-train-dev.jsonl",
                "  copydesk eval duplicates samples"})
final class EvalDuplicatesCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE|DIR",
            description = "JSON Lines of originals (doc_id or id, text, optional title and cluster), or a folder of "
                    + "articles 'copydesk clean' reads.")
    Path input;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "13",
            description = "Seed of the copy generator. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            List<Original> originals = DuplicatesEvaluation.load(input);
            if (originals.isEmpty()) {
                err.println("copydesk: no articles in " + input);
                return 1;
            }
            List<Table> tables = DuplicatesEvaluation.tables(DuplicatesEvaluation.run(originals, seed), input.toString());
            for (int i = 0; i < tables.size(); i++) {
                out.print((i == 0 ? "" : "\n") + tables.get(i).render());
            }
        } catch (IOException | IllegalArgumentException e) {
            err.println("copydesk: " + e.getMessage());
            return 1;
        }
        out.flush();
        return 0;
    }
}
