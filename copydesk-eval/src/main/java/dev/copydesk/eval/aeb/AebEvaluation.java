package dev.copydesk.eval.aeb;

import dev.copydesk.eval.extraction.ExtractionSystem;
import dev.copydesk.eval.extraction.Outcome;
import dev.copydesk.eval.extraction.PageFile;
import dev.copydesk.eval.extraction.Progress;
import dev.copydesk.eval.extraction.SystemRun;
import dev.copydesk.eval.metrics.MatchCounts;
import dev.copydesk.eval.metrics.ShingleMetric;
import dev.copydesk.eval.metrics.ShingleScore;
import dev.copydesk.eval.report.Formats;
import dev.copydesk.eval.report.PageResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs the article extraction benchmark: Copydesk and its live peers extract every page in this
 * run, the published peer outputs are read from the folder, and all are scored by the same
 * {@link ShingleMetric}. Systems run one after another on the calling thread. Thread-safe.
 */
public final class AebEvaluation {
    /** The benchmark's name in reports. */
    public static final String BENCHMARK = "Article extraction benchmark";
    static final int BOOTSTRAP_RESAMPLES = 1000;
    static final long BOOTSTRAP_SEED = 181L;

    private AebEvaluation() {}

    /**
     * @param data      the benchmark, possibly {@linkplain AebDataset#limit limited}
     * @param subject   Copydesk: the first row, and the system whose worst pages are listed
     * @param peers     live peers, run on the same pages
     * @param published whether to score the published peer outputs too
     * @param worst     how many of the subject's worst pages to list (0 for none)
     * @param progress  told after each page of each live system
     */
    public static AebReport run(AebDataset data, ExtractionSystem subject, List<ExtractionSystem> peers,
                                boolean published, int worst, Progress progress) {
        List<PageFile> files = data.files();
        SystemRun subjectRun = SystemRun.live(subject, files, progress);
        List<SystemRun> others = new ArrayList<>();
        for (ExtractionSystem peer : peers) {
            others.add(SystemRun.live(peer, files, progress));
        }
        if (published) {
            for (PublishedOutput output : data.published()) {
                others.add(SystemRun.published(output.label(), output.texts(), files));
            }
        }
        List<AebRow> rows = new ArrayList<>();
        rows.add(score(subjectRun, data.pages()));
        others.stream().map(run -> score(run, data.pages()))
                .sorted(Comparator.comparing((AebRow r) -> r.skipped() != null)
                        .thenComparingDouble(r -> r.score() == null ? 0 : -r.score().f1()))
                .forEachOrdered(rows::add);
        return new AebReport(BENCHMARK, data.pages().size(), rows, worstPages(subjectRun, data.pages(), worst));
    }

    /** Per-page counts of {@code run} against the gold bodies; a failed page counts as empty output. */
    public static List<MatchCounts> counts(SystemRun run, List<AebPage> pages) {
        List<MatchCounts> counts = new ArrayList<>(pages.size());
        for (int i = 0; i < pages.size(); i++) {
            counts.add(ShingleMetric.match(pages.get(i).gold(), run.outcomes().get(i).text()));
        }
        return counts;
    }

    /** The table row of {@code run}. */
    public static AebRow score(SystemRun run, List<AebPage> pages) {
        if (!run.ran()) {
            return new AebRow(run.system(), run.kind(), pages.size(), 0, null, 0, "", run.skipped());
        }
        List<MatchCounts> counts = counts(run, pages);
        ShingleScore score = ShingleMetric.score(counts);
        double std = ShingleMetric.bootstrapF1Std(counts, BOOTSTRAP_RESAMPLES, BOOTSTRAP_SEED);
        return new AebRow(run.system(), run.kind(), pages.size(), run.failures(), score, std, Formats.failures(run), null);
    }

    private static List<PageResult> worstPages(SystemRun run, List<AebPage> pages, int n) {
        if (n <= 0 || !run.ran()) {
            return List.of();
        }
        List<MatchCounts> counts = counts(run, pages);
        List<PageResult> results = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            MatchCounts c = counts.get(i);
            Outcome o = run.outcomes().get(i);
            PageFile page = pages.get(i).page();
            results.add(new PageResult(page.id(), page.url(), null, c.precision(), c.recall(), c.f1(), o.error()));
        }
        results.sort(Comparator.comparingDouble(PageResult::f1).thenComparing(PageResult::id));
        return results.subList(0, Math.min(n, results.size()));
    }
}
