package dev.copydesk.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code copydesk} command: subcommands only. */
@Command(name = "copydesk", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Copydesk: turn a pile of scraped news articles into knowledge you can trust.",
        footer = {"%nOn Apache Spark (optional, built on first use by the ./copydesk launcher):",
            "  copydesk spark INPUT... --out DIR   (see 'copydesk spark --help')"},
        subcommands = {CleanCommand.class, AnalyzeCommand.class, StoriesCommand.class, IngestCommand.class, SearchCommand.class, ServeCommand.class, EvalCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
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
        cl.setExitCodeExceptionMapper(t -> t instanceof CommandLine.ParameterException ? 2 : 1);
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("copydesk: error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            if (System.getenv("COPYDESK_DEBUG") != null) {
                e.printStackTrace(cmd.getErr());
            }
            cmd.getErr().flush();
            return 1;
        });
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    public static void main(String[] args) {
        CommandLine cl = commandLine();
        cl.setOut(new PrintWriter(new BufferedWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), 1 << 16)));
        cl.setErr(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true));
        int code = cl.execute(args);
        cl.getOut().flush();
        cl.getErr().flush();
        System.exit(code);
    }
}
