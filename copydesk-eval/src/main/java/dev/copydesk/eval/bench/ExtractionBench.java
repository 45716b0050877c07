package dev.copydesk.eval.bench;

import dev.copydesk.eval.extraction.BenchmarkFolderException;
import dev.copydesk.eval.extraction.ExtractionSystem;
import dev.copydesk.eval.extraction.HtmlFiles;
import dev.copydesk.eval.extraction.Outcome;
import dev.copydesk.eval.extraction.Page;
import dev.copydesk.eval.extraction.PageFile;
import dev.copydesk.eval.extraction.Progress;
import dev.copydesk.eval.extraction.SystemKind;
import dev.copydesk.eval.extraction.SystemRun;
import dev.copydesk.eval.extraction.SystemUnavailableException;
import dev.copydesk.eval.report.Formats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Measures extraction throughput on pages held in memory, so that reading and unzipping files is
 * not timed. Each system in turn extracts the first {@code warmup} pages untimed (in-process
 * systems only: the JIT compiles their hot code), then makes {@code passes} timed passes over all
 * pages on the calling thread. An out-of-process system (Mozilla Readability in Node.js) is timed
 * as whole batches, its start-up and the transfer of pages included. Not thread-safe: run one at a
 * time, on an otherwise quiet machine.
 */
public final class ExtractionBench {
    private ExtractionBench() {}

    /**
     * Loads the HTML pages under {@code dir}, at any depth ({@code .html}, {@code .htm}, gzipped or
     * not), sorted by path, at most {@code limit} of them (0 for all).
     *
     * @throws BenchmarkFolderException when {@code dir} is missing or holds no pages
     */
    public static List<Page> loadPages(Path dir, int limit) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new BenchmarkFolderException("no such folder: " + dir);
        }
        List<PageFile> files = HtmlFiles.find(dir);
        if (files.isEmpty()) {
            throw new BenchmarkFolderException("no .html or .html.gz pages under " + dir);
        }
        if (limit > 0 && files.size() > limit) {
            files = files.subList(0, limit);
        }
        List<Page> pages = new ArrayList<>(files.size());
        for (PageFile f : files) {
            pages.add(f.load());
        }
        return pages;
    }

    /**
     * @param pages    the pages, in memory
     * @param systems  the systems, timed in this order
     * @param baseline the name of the system ratios are relative to
     * @param passes   timed passes over the pages, at least 1
     * @param warmup   pages extracted untimed first by each in-process system
     * @param progress told after each page
     */
    public static BenchReport run(List<Page> pages, List<ExtractionSystem> systems, String baseline, int passes, int warmup,
                                  Progress progress) {
        Objects.requireNonNull(baseline, "baseline");
        if (passes < 1) {
            throw new IllegalArgumentException("passes must be at least 1: " + passes);
        }
        if (warmup < 0) {
            throw new IllegalArgumentException("warmup must not be negative: " + warmup);
        }
        int warm = Math.min(warmup, pages.size());
        List<BenchRow> rows = new ArrayList<>();
        for (ExtractionSystem system : systems) {
            rows.add(time(system, pages, passes, warm, progress));
        }
        long chars = pages.stream().mapToLong(p -> p.html().length()).sum();
        return new BenchReport(pages.size(), chars, passes, warm, baseline, rows);
    }

    private static BenchRow time(ExtractionSystem system, List<Page> pages, int passes, int warmup, Progress progress) {
        String name = system.name();
        var unavailable = system.unavailableReason();
        if (unavailable.isPresent()) {
            return new BenchRow(name, system.inProcess(), pages.size(), 0, 0, 0, 0, "", unavailable.get());
        }
        try {
            if (system.inProcess() && warmup > 0) {
                system.extractAll(pages.subList(0, warmup), (s, done, total) -> progress.pageDone(name + " (warm-up)", done, total));
            }
            long nanos = 0;
            List<Outcome> last = List.of();
            for (int pass = 1; pass <= passes; pass++) {
                String label = passes == 1 ? name : name + " (pass " + pass + "/" + passes + ")";
                long start = System.nanoTime();
                last = system.extractAll(pages, (s, done, total) -> progress.pageDone(label, done, total));
                nanos += System.nanoTime() - start;
            }
            SystemRun run = new SystemRun(name, SystemKind.LIVE, last, null);
            double seconds = nanos / 1e9;
            double rate = seconds > 0 ? (double) pages.size() * passes / seconds : 0;
            return new BenchRow(name, system.inProcess(), pages.size(), passes, run.failures(), seconds, rate,
                    Formats.failures(run), null);
        } catch (SystemUnavailableException e) {
            return new BenchRow(name, system.inProcess(), pages.size(), 0, 0, 0, 0, "", e.getMessage());
        }
    }
}
