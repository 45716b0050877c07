package dev.copydesk.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code copydesk eval}: measures Copydesk on public benchmarks, against its peers. Subcommands only. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure Copydesk on public benchmarks, against its peers.",
        subcommands = {EvalExtractionCommand.class, EvalNerCommand.class, EvalQuotesCommand.class,
                EvalStoriesCommand.class, EvalDuplicatesCommand.class, EvalAgreementCommand.class,
                CommandLine.HelpCommand.class})
final class EvalCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: try 'copydesk eval --help'");
    }
}
