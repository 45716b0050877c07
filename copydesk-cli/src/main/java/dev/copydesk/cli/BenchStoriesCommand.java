package dev.copydesk.cli;

import dev.copydesk.eval.bench.stories.StoriesBench;
import dev.copydesk.eval.bench.stories.StoriesBenchReport;
import dev.copydesk.eval.bench.stories.StoryCorpus;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code copydesk bench stories}: how the linker's time per article and heap grow with the corpus. */
@Command(name = "stories", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Time the linker (stories and duplicates) on synthetic news streams of growing size: seconds, "
                + "articles per second, microseconds per article, heap, and how the time per article grew from the "
                + "smallest size to the largest.",
                "The stream is generated article by article from a seed (invented words, five articles an event, two "
                        + "in five copies) and linked on one thread, without annotation: stories see words only.",
                "With --heap each size runs in a JVM of its own with that maximum heap, which proves it fits; "
                        + "without, all sizes run in this JVM (set its heap with COPYDESK_JAVA_OPTS)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the report was printed", "1:a run failed (out of memory in its JVM, for instance)", "2:usage error"},
        footerHeading = "%nExample:%n", footer = "  copydesk bench stories --sizes 10000,30000,100000 --heap 2g")
final class BenchStoriesCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private List<Integer> sizes = List.of(10_000, 30_000, 100_000);

    @Option(names = "--sizes", order = 1, split = ",", paramLabel = "N[,N...]",
            description = "Corpus sizes, in articles. Default: 10000,30000,100000.")
    void setSizes(List<Integer> values) {
        for (int n : values) {
            if (n < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--sizes must be at least 1, not " + n);
            }
        }
        sizes = List.copyOf(values);
    }

    @Option(names = "--heap", order = 2, paramLabel = "SIZE",
            description = "Run each size in a JVM of its own with this maximum heap (a -Xmx value: 2g, 1500m).")
    void setHeap(String value) {
        if (!value.matches("\\d+[kKmMgG]?")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--heap must be like 2g or 1500m, not " + value);
        }
        heap = value;
    }

    private String heap;

    @Option(names = "--seed", order = 3, paramLabel = "N", defaultValue = "1", description = "Seed of the stream. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = {"-q", "--quiet"}, order = 4, description = "Do not show progress on standard error.")
    boolean quiet;

    @Option(names = "--row", hidden = true, description = "Run one size here and print its row as one line (for --heap).")
    boolean row;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Consumer<String> progress = line -> {
            if (!quiet) {
                err.println("copydesk: " + line);
                err.flush();
            }
        };
        StoryCorpus corpus = StoryCorpus.synthetic(seed);
        if (row) {
            for (int size : sizes) {
                out.println(StoriesBench.run(corpus, size, progress).toLine());
            }
            out.flush();
            return 0;
        }
        List<StoriesBenchReport.Row> rows = new ArrayList<>();
        for (int size : sizes) {
            progress.accept(String.format("linking %,d articles%s", size, heap == null ? "" : " in a JVM with -Xmx" + heap));
            if (heap == null) {
                rows.add(StoriesBench.run(corpus, size, progress));
                continue;
            }
            try {
                rows.add(inChild(size, err));
            } catch (IOException | RuntimeException e) {
                err.println("copydesk: " + size + " articles with -Xmx" + heap + ": " + e.getMessage());
                return 1;
            }
        }
        out.print(new StoriesBenchReport(corpus.source(), rows, heap != null).table().render());
        out.flush();
        return 0;
    }

    /** Runs one size in a child JVM with the chosen heap, its progress passed on, and reads its row back. */
    private StoriesBenchReport.Row inChild(int size, PrintWriter err) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "bench", "stories", "--row", "--sizes", Integer.toString(size),
                "--seed", Long.toString(seed)));
        if (quiet) {
            command.add("-q");
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
        Thread errors = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    synchronized (err) {
                        err.println(line);
                        err.flush();
                    }
                }
            } catch (IOException e) {
                // The child is gone; its exit code tells the rest.
            }
        });
        errors.start();
        String last = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                last = line;
            }
        }
        try {
            int code = p.waitFor();
            errors.join();
            if (code != 0 || last == null) {
                throw new IOException("the JVM exited with code " + code);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroy();
            throw new IOException("interrupted", e);
        }
        return StoriesBenchReport.Row.parse(last);
    }
}
