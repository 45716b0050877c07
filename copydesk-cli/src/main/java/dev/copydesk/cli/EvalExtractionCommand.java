package dev.copydesk.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code copydesk eval extraction}: article-text extraction benchmarks. Subcommands only. */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = "Score the text Copydesk extracts from HTML pages on an extraction benchmark.",
        subcommands = {EvalAebCommand.class, EvalWcxbCommand.class, CommandLine.HelpCommand.class})
final class EvalExtractionCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: try 'copydesk eval extraction --help'");
    }
}
