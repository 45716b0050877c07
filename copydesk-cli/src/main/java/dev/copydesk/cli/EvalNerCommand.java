package dev.copydesk.cli;

import dev.copydesk.annotate.Annotators;
import dev.copydesk.annotate.nlp.CoreNlpAnnotator;
import dev.copydesk.eval.ner.ConllDocument;
import dev.copydesk.eval.ner.ConllReader;
import dev.copydesk.eval.ner.NerCounts;
import dev.copydesk.eval.ner.NerEvaluation;
import dev.copydesk.eval.ner.NerReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code copydesk eval ner FILE}: entity P/R/F1 on a CoNLL-2003 file, through the analyze path. */
@Command(name = "ner", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Score Copydesk's entities on a CoNLL-2003 file (IOB1): entity-level exact match, micro "
                + "precision, recall and F1 overall and per type, as the CoNLL scorer computes them.",
                "Each document's tokens are joined by spaces, one sentence a paragraph, and run through the same "
                        + "path as 'copydesk analyze --clean none'. PERSON, ORGANIZATION and LOCATION score as "
                        + "PER, ORG and LOC; NORP and MISC as MISC."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the report was printed", "1:FILE is missing or unreadable", "2:usage error"},
        footerHeading = "%nExample:%n", footer = "  copydesk eval ner ../shared/data/ner/conll2003/eng.testa")
final class EvalNerCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "A CoNLL-2003 file (WORD POS CHUNK NER per line).")
    Path file;

    private int limit;

    @Option(names = "--limit", order = 1, paramLabel = "N", description = "Score only the first N documents.")
    void setLimit(int n) {
        if (n < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1, not " + n);
        }
        limit = n;
    }

    @CommandLine.Mixin
    RunOptions run;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<ConllDocument> docs;
        try {
            docs = ConllReader.read(file, limit);
        } catch (IOException e) {
            err.println("copydesk: " + file + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 1;
        }
        int threads = run.threads(spec);
        CoreNlpAnnotator.preload();
        long t0 = System.nanoTime();
        NerCounts counts = new NerEvaluation(Annotators.standard()).evaluate(docs, threads, done -> { });
        double seconds = (System.nanoTime() - t0) / 1e9;
        int tokens = docs.stream().mapToInt(ConllDocument::tokenCount).sum();
        out.print(new NerReport(file.toString(), docs.size(), tokens, counts, seconds).table().render());
        out.flush();
        return 0;
    }
}
