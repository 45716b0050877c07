package dev.copydesk.cli;

import dev.copydesk.eval.stories.StoriesAgreement;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code copydesk eval agreement A B}: how far two linking runs over the same input agree. */
@Command(name = "agreement", mixinStandardHelpOptions = true,
        description = {"Compare two linking runs over the same input: the stories of B scored against A's "
                + "(BCubed and pairwise precision, recall and F1 over the articles both hold), the share of articles "
                + "that name the same original, and how many articles only one run holds.",
                "Each file is JSON Lines as 'copydesk stories' writes it (id, story, duplicateOf); the Spark job "
                        + "writes the same as OUT/stories.jsonl with --jsonl."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the report was printed", "1:a file is missing or not such JSON Lines", "2:usage error"},
        footerHeading = "%nExample:%n",
        footer = {"  copydesk stories samples > one-machine.jsonl",
                "  copydesk spark samples --out spark-out --jsonl",
                "  copydesk eval agreement one-machine.jsonl spark-out/stories.jsonl"})
final class EvalAgreementCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", description = "The reference run's JSON Lines.")
    Path reference;

    @Parameters(index = "1", paramLabel = "B", description = "The compared run's JSON Lines.")
    Path compared;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            StoriesAgreement agreement = StoriesAgreement.of(StoriesAgreement.read(reference), StoriesAgreement.read(compared));
            out.print(agreement.table(reference.toString(), compared.toString()).render());
        } catch (IOException e) {
            err.println("copydesk: cannot read " + e.getMessage());
            return 1;
        } catch (IllegalArgumentException e) {
            err.println("copydesk: " + e.getMessage());
            return 1;
        }
        out.flush();
        return 0;
    }
}
