package dev.copydesk.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code copydesk eval}. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "TODO")
final class EvalCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 1;
    }
}
