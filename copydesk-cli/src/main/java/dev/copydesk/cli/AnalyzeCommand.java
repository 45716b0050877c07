package dev.copydesk.cli;

import dev.copydesk.annotate.AnnotationJson;
import dev.copydesk.annotate.Annotators;
import dev.copydesk.annotate.Entity;
import dev.copydesk.annotate.Layers;
import dev.copydesk.clean.Cleaner;
import dev.copydesk.core.Article;
import dev.copydesk.core.Pipeline;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code copydesk analyze}: clean, then annotate entities, quotes, amounts and dates. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {
            "Clean the input like 'copydesk clean', then find who and what the article names: entities "
                    + "(people, organisations, places, groups) with their canonical names, quotes, amounts and dates.",
            "Reads the same inputs as 'clean' and writes the same JSON Lines with the fields entities, quotes, "
                    + "amounts and dates added; their offsets are UTF-16 indices into text, end exclusive.",
            "Language models load once, in a few seconds, before the first article."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input was read", "1:some input failed (see standard error)", "2:usage error"})
final class AnalyzeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Files, directories (read recursively) or - for standard input.")
    List<String> inputs;

    @Option(names = "--format", defaultValue = "jsonl", paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--clean", defaultValue = "auto", paramLabel = "MODE",
            description = "auto: remove boilerplate; none: the input text is already clean and is kept exactly, "
                    + "so offsets are offsets into the input (default: ${DEFAULT-VALUE}).")
    Cleaner.Mode mode;

    @Mixin
    RunOptions run;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Cleaner cleaner = new Cleaner(mode);
        Pipeline pipeline = Annotators.standard();
        return ArticleRun.run(spec, inputs, run, "analyzed", in -> pipeline.process(cleaner.clean(in)),
                out -> new ArticleWriter(out, format, List.of(AnnotationJson.INSTANCE), AnalyzeCommand::writeEntities));
    }

    private static void writeEntities(Article a, PrintWriter out) {
        if (!a.hasLayer(Layers.ENTITIES) || a.layer(Layers.ENTITIES, "analyze").size() == 0) {
            return;
        }
        out.println();
        out.println("--- Entities");
        for (Entity e : a.layer(Layers.ENTITIES, "analyze")) {
            out.println("  " + e.type() + "  " + e.text() + (e.text().equals(e.canonical()) ? "" : "  → " + e.canonical())
                    + "  [" + e.start() + "," + e.end() + ")");
        }
    }
}
