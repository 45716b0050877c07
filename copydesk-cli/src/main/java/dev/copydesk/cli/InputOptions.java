package dev.copydesk.cli;

import dev.copydesk.clean.Cleaner;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The inputs and cleaning mode shared by the commands that read articles ({@code clean}, {@code analyze}, {@code ingest}). */
class InputOptions {
    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Files, directories (read recursively) or - for standard input.")
    List<String> inputs;

    @Option(names = "--clean", defaultValue = "auto", paramLabel = "MODE",
            description = "auto: remove boilerplate; none: the input text is already clean and is kept exactly, "
                    + "so offsets are offsets into the input (default: ${DEFAULT-VALUE}).")
    Cleaner.Mode mode;
}
