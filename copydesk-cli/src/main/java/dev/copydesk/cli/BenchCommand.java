package dev.copydesk.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code copydesk bench}: measures Copydesk's speed against its peers. Subcommands only. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure how fast Copydesk works, against its peers, on the same input.",
        subcommands = {BenchExtractionCommand.class, BenchAnalyzeCommand.class, BenchSearchCommand.class, BenchServeCommand.class, BenchStoriesCommand.class, CommandLine.HelpCommand.class})
final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: try 'copydesk bench --help'");
    }
}
