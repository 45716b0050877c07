package dev.copydesk.eval.bench;

import dev.copydesk.eval.bench.stats.Comparison;
import dev.copydesk.eval.bench.stats.Rounds;
import dev.copydesk.eval.bench.stats.Spread;
import dev.copydesk.eval.bench.stats.Verdict;
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
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Measures extraction throughput on pages held in memory, so that reading and unzipping files is
 * not timed. Each in-process system first extracts the first {@code warmup} pages untimed (the JIT
 * compiles their hot code); then come {@code rounds} interleaved rounds, in each of which every
 * system extracts every page once, timed, on the calling thread. A round cuts the pages into slices
 * of about {@value #SLICE_PAGES}, and the systems take turns slice by slice, in an order that
 * rotates at each slice ({@link Rounds}), so that load from other programs on a shared machine
 * falls on all of them alike. A full garbage collection runs, untimed, before each round. A
 * system's figure is the median of its rounds' pages per second, its spread the interquartile
 * range; its ratio to the baseline is taken round by round. An out-of-process system (Mozilla
 * Readability in Node.js) is timed as one whole batch per round, its start-up and the transfer of
 * pages included, at a slice that moves from round to round. Not thread-safe: run one at a time.
 */
public final class ExtractionBench {
    /** Pages in a slice: the systems take turns on slices this long, so they meet the same load. */
    static final int SLICE_PAGES = 20;

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
     * @param systems  the systems; round 1 times them in this order, later rounds rotate it
     * @param baseline the name of the system ratios are relative to
     * @param rounds   interleaved rounds, at least 1
     * @param warmup   pages extracted untimed first by each in-process system
     * @param progress told after each page
     */
    public static BenchReport run(List<Page> pages, List<ExtractionSystem> systems, String baseline, int rounds, int warmup,
                                  Progress progress) {
        Objects.requireNonNull(baseline, "baseline");
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds must be at least 1: " + rounds);
        }
        if (warmup < 0) {
            throw new IllegalArgumentException("warmup must not be negative: " + warmup);
        }
        int warm = Math.min(warmup, pages.size());
        int n = systems.size();
        String[] skipped = new String[n];
        Outcome[][] outcomes = new Outcome[n][pages.size()];
        for (int i = 0; i < n; i++) {
            ExtractionSystem system = systems.get(i);
            skipped[i] = system.unavailableReason().orElse(null);
            if (skipped[i] == null && system.inProcess() && warm > 0) {
                String label = system.name() + " (warm-up)";
                skipped[i] = pass(system, pages, 0, warm, (x, d, t) -> progress.pageDone(label, d, t), outcomes[i]);
            }
        }
        int slices = Math.max(1, (pages.size() + SLICE_PAGES - 1) / SLICE_PAGES);
        int[] done = new int[1];
        double[][] rates = Rounds.run(n, rounds, slices, round -> {
            System.gc();
            done[0] = 0;
        }, (i, round, slice) -> {
            ExtractionSystem system = systems.get(i);
            // an out-of-process system runs the whole batch once per round, at a slice that moves from round to round
            boolean whole = !system.inProcess();
            if (skipped[i] != null || whole && slice != round % slices) {
                return Rounds.Work.NONE;
            }
            int from = whole ? 0 : slice * pages.size() / slices;
            int to = whole ? pages.size() : (slice + 1) * pages.size() / slices;
            String label = "round " + (round + 1) + "/" + rounds;
            int before = done[0];
            Progress counting = (s, d, t) -> progress.pageDone(label, before + d, pages.size() * n);
            long start = System.nanoTime();
            skipped[i] = pass(system, pages, from, to, counting, outcomes[i]);
            long nanos = System.nanoTime() - start;
            done[0] += to - from;
            return skipped[i] != null ? Rounds.Work.NONE : new Rounds.Work(to - from, nanos);
        });
        List<BenchRow> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ExtractionSystem system = systems.get(i);
            if (skipped[i] == null && Arrays.stream(rates[i]).anyMatch(Double::isNaN)) {
                skipped[i] = "no time measured";
            }
            if (skipped[i] != null) {
                rows.add(new BenchRow(system.name(), system.inProcess(), pages.size(), 0, null, null, "", "", skipped[i]));
            } else {
                SystemRun run = new SystemRun(system.name(), SystemKind.LIVE, Arrays.asList(outcomes[i]), null);
                rows.add(new BenchRow(system.name(), system.inProcess(), pages.size(), run.failures(), Spread.of(rates[i]),
                        null, "", Formats.failures(run), null));
            }
        }
        long chars = pages.stream().mapToLong(p -> p.html().length()).sum();
        return new BenchReport(pages.size(), chars, rounds, warm, baseline, Verdict.DEFAULT_MAX_SPREAD,
                compare(rows, baseline, Verdict.DEFAULT_MAX_SPREAD));
    }

    /**
     * Extracts pages {@code from} to {@code to}, keeping their outcomes at their places in
     * {@code outcomes}; answers why the system cannot run, or {@code null}.
     */
    private static String pass(ExtractionSystem system, List<Page> pages, int from, int to, Progress progress,
                               Outcome[] outcomes) {
        try {
            List<Outcome> out = system.extractAll(pages.subList(from, to), progress);
            for (int p = from; p < to; p++) {
                outcomes[p] = out.get(p - from);
            }
            return null;
        } catch (SystemUnavailableException e) {
            return e.getMessage();
        }
    }

    /** The rows with their ratios to the baseline's row (when it was measured) and their verdicts. */
    static List<BenchRow> compare(List<BenchRow> rows, String baseline, double maxSpread) {
        Spread base = rows.stream().filter(r -> r.system().equals(baseline) && r.measured())
                .map(BenchRow::pagesPerSecond).findFirst().orElse(null);
        List<BenchRow> out = new ArrayList<>(rows.size());
        for (BenchRow r : rows) {
            if (!r.measured()) {
                out.add(r);
                continue;
            }
            Comparison c = Comparison.of(r.pagesPerSecond(), base, r.system().equals(baseline), "pages/s", maxSpread, true);
            out.add(new BenchRow(r.system(), r.inProcess(), r.pages(), r.failed(), r.pagesPerSecond(), c.ratio(),
                    c.verdict().text(), r.note(), r.skipped()));
        }
        return out;
    }
}
