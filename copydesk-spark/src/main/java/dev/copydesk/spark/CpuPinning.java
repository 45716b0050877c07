package dev.copydesk.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Pins this JVM, every thread of it (garbage collector and JIT compiler included), to some of the machine's
 * CPUs with Linux's {@code taskset}, so that a benchmark run "on one core" really has one. Threads started
 * later inherit their starter's CPUs. Does nothing where {@code taskset} is missing or the machine has one
 * CPU. Stateless; call it between runs, not during one.
 */
final class CpuPinning {
    /** util-linux's {@code taskset}. */
    static final Path TASKSET = Path.of("/usr/bin/taskset");
    /** The CPUs this JVM had when first asked, before any pinning (a pinned JVM sees only its own). */
    static final int CPUS = Runtime.getRuntime().availableProcessors();

    private CpuPinning() {
    }

    /** Whether pinning can work here: {@code taskset} is there and there are several CPUs. */
    static boolean available() {
        return Files.isExecutable(TASKSET) && CPUS > 1;
    }

    /** All CPUs, as {@code taskset} lists them: {@code 0-N}. */
    static String all() {
        return "0-" + (CPUS - 1);
    }

    /**
     * Pins every thread of this JVM to {@code cpus} ({@code taskset}'s list, e.g. {@code 0} or {@code 0-1});
     * {@code false} when pinning is not available here or {@code taskset} failed.
     */
    static boolean pin(String cpus) {
        if (!available()) {
            return false;
        }
        ProcessBuilder pb = new ProcessBuilder(List.of(TASKSET.toString(), "-a", "-p", "-c", cpus,
                String.valueOf(ProcessHandle.current().pid())));
        pb.redirectErrorStream(true);
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        try {
            return pb.start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
