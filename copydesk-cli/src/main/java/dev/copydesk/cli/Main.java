package dev.copydesk.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code copydesk} command: subcommands only. */
@Command(name = "copydesk", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Copydesk: turn a pile of scraped news articles into knowledge you can trust.",
        subcommands = {CleanCommand.class, EvalCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: try 'copydesk --help'");
    }

    /** Builds the command line with Copydesk's exit-code conventions: 0 ok, 1 failure, 2 usage error. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExitCodeExceptionMapper(t -> 1);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
