package dev.copydesk.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code copydesk bench}: measures Copydesk's speed against its peers. Subcommands only. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure how fast Copydesk works, against its peers, on the same input.",
        footer = {"%nOn Spark: ./copydesk bench spark INPUT... (the same as ./copydesk spark bench; the Spark module, "
                + "built on first use) times the single machine, Spark local[1] and local[2] and a standalone cluster "
                + "of one and of two workers on the same input."},
        subcommands = {BenchExtractionCommand.class, BenchAnalyzeCommand.class, BenchSearchCommand.class, BenchServeCommand.class, BenchStoriesCommand.class, CommandLine.HelpCommand.class})
final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: try 'copydesk bench --help'");
    }
}
