package dev.copydesk.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Options shared by commands that process many articles. */
final class RunOptions {
    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads (default: all ${sys:copydesk.cores} cores).")
    Integer threads;

    @Option(names = {"-q", "--quiet"}, description = "No progress lines on standard error.")
    boolean quiet;

    static {
        System.setProperty("copydesk.cores", String.valueOf(Runtime.getRuntime().availableProcessors()));
    }

    int threads(CommandSpec spec) {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, was " + n);
        }
        return n;
    }

    Progress progress(Reporter reporter, String verb) {
        return quiet ? Progress.silent() : new Progress(reporter, verb);
    }

    /** Progress of {@code total} steps (-1: unknown), as a bar redrawn in place on a terminal. */
    Progress progress(Reporter reporter, String verb, long total) {
        return quiet ? Progress.silent() : new Progress(reporter, verb, total, Terminal.interactive());
    }
}
