package dev.copydesk.cli;

import dev.copydesk.clean.Cleaner;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The inputs, output format and cleaning mode shared by {@code clean} and {@code analyze}. */
final class ArticleOptions {
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
}
