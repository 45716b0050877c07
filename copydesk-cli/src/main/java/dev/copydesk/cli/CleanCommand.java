package dev.copydesk.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code copydesk clean}. */
@Command(name = "clean", mixinStandardHelpOptions = true, description = "TODO")
final class CleanCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 1;
    }
}
