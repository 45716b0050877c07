package dev.copydesk.eval.wcxb;

import dev.copydesk.eval.extraction.ExtractionSystem;
import dev.copydesk.eval.extraction.Outcome;
import dev.copydesk.eval.extraction.PageFile;
import dev.copydesk.eval.extraction.Progress;
import dev.copydesk.eval.extraction.SystemRun;
import dev.copydesk.eval.metrics.SnippetCounts;
import dev.copydesk.eval.metrics.WordMetric;
import dev.copydesk.eval.metrics.WordScore;
import dev.copydesk.eval.report.Formats;
import dev.copydesk.eval.report.PageResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs WCXB: Copydesk and its live peers extract every page in this run and are scored by
 * {@link WordMetric}, overall and per page type, with the snippet checks. Systems run one after
 * another on the calling thread. Thread-safe.
 */
public final class WcxbEvaluation {
    /** The benchmark's name in reports. */
    public static final String BENCHMARK = "WCXB";

    private WcxbEvaluation() {}

    /**
     * @param data     the split, possibly {@linkplain WcxbDataset#limit limited}
     * @param subject  Copydesk: the first row, and the system whose worst pages are listed
     * @param peers    live peers, run on the same pages
     * @param worst    how many of the subject's worst pages to list (0 for none)
     * @param progress told after each page of each live system
     */
    public static WcxbReport run(WcxbDataset data, ExtractionSystem subject, List<ExtractionSystem> peers, int worst, Progress progress) {
        List<PageFile> files = data.files();
        Map<String, Integer> types = data.pagesByType();
        SystemRun subjectRun = SystemRun.live(subject, files, progress);
        List<WcxbRow> rows = new ArrayList<>();
        rows.add(score(subjectRun, data.pages(), types));
        List<WcxbRow> others = new ArrayList<>();
        for (ExtractionSystem peer : peers) {
            others.add(score(SystemRun.live(peer, files, progress), data.pages(), types));
        }
        others.sort(Comparator.comparing((WcxbRow r) -> r.skipped() != null)
                .thenComparingDouble(r -> r.score() == null ? 0 : -r.score().f1()));
        rows.addAll(others);
        return new WcxbReport(BENCHMARK + " (" + data.dir().getFileName() + ")", data.pages().size(), types, rows,
                worstPages(subjectRun, data.pages(), worst));
    }

    /** The table row of {@code run}; {@code types} gives the order of the per-type scores. */
    public static WcxbRow score(SystemRun run, List<WcxbPage> pages, Map<String, Integer> types) {
        if (!run.ran()) {
            return new WcxbRow(run.system(), run.kind(), pages.size(), 0, null, Map.of(), null, 0, 0, "", run.skipped());
        }
        List<WordScore> all = new ArrayList<>(pages.size());
        Map<String, List<WordScore>> byType = new LinkedHashMap<>();
        types.keySet().forEach(t -> byType.put(t, new ArrayList<>()));
        SnippetCounts snippets = SnippetCounts.NONE;
        for (int i = 0; i < pages.size(); i++) {
            WcxbPage page = pages.get(i);
            String text = run.outcomes().get(i).text();
            WordScore s = WordMetric.score(page.gold(), text);
            all.add(s);
            byType.computeIfAbsent(page.type(), t -> new ArrayList<>()).add(s);
            snippets = snippets.plus(WordMetric.snippets(text, page.with(), page.without()));
        }
        Map<String, WordScore> typeScores = new LinkedHashMap<>();
        byType.forEach((type, scores) -> typeScores.put(type, WordMetric.mean(scores)));
        return new WcxbRow(run.system(), run.kind(), pages.size(), run.failures(), WordMetric.mean(all), typeScores,
                snippets, snippets.withFoundShare(), snippets.withoutAbsentShare(), Formats.failures(run), null);
    }

    private static List<PageResult> worstPages(SystemRun run, List<WcxbPage> pages, int n) {
        if (n <= 0 || !run.ran()) {
            return List.of();
        }
        List<PageResult> results = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            WcxbPage page = pages.get(i);
            Outcome o = run.outcomes().get(i);
            WordScore s = WordMetric.score(page.gold(), o.text());
            results.add(new PageResult(page.page().id(), page.page().url(), page.type(), s.precision(), s.recall(), s.f1(), o.error()));
        }
        results.sort(Comparator.comparingDouble(PageResult::f1).thenComparing(PageResult::id));
        return results.subList(0, Math.min(n, results.size()));
    }
}
