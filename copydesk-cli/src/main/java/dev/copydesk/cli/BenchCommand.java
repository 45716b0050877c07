package dev.copydesk.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code copydesk bench}. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "TODO")
final class BenchCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 1;
    }
}
