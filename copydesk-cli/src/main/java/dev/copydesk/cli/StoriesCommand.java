package dev.copydesk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.copydesk.core.Article;
import dev.copydesk.ingest.RawInput;
import dev.copydesk.link.ArticleLink;
import dev.copydesk.link.LinkInput;
import dev.copydesk.link.LinkResult;
import dev.copydesk.link.Linker;
import dev.copydesk.link.StorySummary;
import dev.copydesk.link.UniqueIds;
import dev.copydesk.pipeline.AnalysisConfig;
import dev.copydesk.pipeline.ArticleAnalyzer;
import dev.copydesk.pipeline.OverAnalysisLimitException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code copydesk stories}: group articles into stories and name the originals of copies. */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = {
            "Clean and analyse the input like 'copydesk analyze', then link the articles: which story (real-world "
                    + "event) each belongs to, and which article it copies when it is a syndicated copy or near-duplicate.",
            "Reads the same inputs as 'analyze'. Articles are linked in publication order when every one is dated, "
                    + "else in input order; the output does not depend on --threads.",
            "Writes one JSON object per article, in input order, once every input is read: id, source, title, "
                    + "published, story, storyLabel, duplicateOf (null for originals), similarity (word-shingle "
                    + "Jaccard to the original, 1 for originals) and differingParagraphs (0-based paragraphs not in "
                    + "the original). An id seen before (byte-identical files without id or URL) gets a suffix -2, -3, ...",
            "With --format text: one block per story, in the order stories started, its articles below it and "
                    + "each copy marked with its original and similarity."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input was read", "1:some input failed (see standard error)", "2:usage error"})
final class StoriesCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Mixin
    ArticleOptions options;

    @Mixin
    RunOptions run;

    @Option(names = "--no-analyze", description = "Link on words alone, without entities: faster, no language models.")
    boolean noAnalyze;

    @Spec
    CommandSpec spec;

    /** What is kept of one article until the end: its output fields and what the linker needs. */
    private record Linked(String source, String title, String published, LinkInput input, String note) {
    }

    /** One input's prepared article, or why there is none. */
    private record Outcome(String source, Linked article, String error) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Reporter reporter = new Reporter(spec.commandLine().getErr());
        ArticleAnalyzer analyzer = ArticleAnalyzer.standard(AnalysisConfig.defaults().withCleanMode(options.mode));
        Counter failures = new Counter();
        List<Linked> articles = new ArrayList<>();
        UniqueIds ids = new UniqueIds();
        try (ParallelRunner<RawInput, Outcome> runner = new ParallelRunner<>(run.threads(spec),
                in -> prepare(analyzer, in), outcome -> {
                    if (outcome.error() != null) {
                        failures.increment();
                        reporter.error(outcome.source() + ": " + outcome.error());
                        return;
                    }
                    articles.add(unique(outcome.article(), ids));
                })) {
            ArticleRun.readAll(options.inputs, runner, run.progress(reporter, noAnalyze ? "cleaned" : "analyzed"),
                    failures, reporter);
        }
        for (Linked a : articles) {
            if (a.note() != null) {
                reporter.error(a.source() + ": " + a.note());
            }
        }
        List<LinkInput> inputs = articles.stream().map(Linked::input).toList();
        Linker linker = Linker.forBatch(inputs);
        linker.addAll(inputs);
        LinkResult result = linker.finish();
        write(out, articles, result);
        out.flush();
        if (failures.value() > 0) {
            reporter.error(failures.value() + " input" + (failures.value() == 1 ? " or record" : "s or records")
                    + " failed (see above); " + articles.size() + " article" + (articles.size() == 1 ? "" : "s") + " linked");
            return 1;
        }
        return 0;
    }

    /** Cleans, analyses and fingerprints one input on a worker thread; keeps none of the article's layers. */
    private Outcome prepare(ArticleAnalyzer analyzer, RawInput in) {
        try {
            Article article = analyzer.clean(in);
            String note = null;
            if (!noAnalyze) {
                try {
                    article = analyzer.analyse(article);
                } catch (OverAnalysisLimitException e) {
                    note = "not analysed (" + e.getMessage() + "); linked on its words";
                }
            }
            return new Outcome(in.source(), new Linked(article.source(), article.title(), article.published(),
                    LinkInput.of(article), note), null);
        } catch (RuntimeException e) {
            return new Outcome(in.source(), null, e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    /** The article, or the same with its id suffixed -2, -3, ... when the id was seen before. */
    private static Linked unique(Linked a, UniqueIds ids) {
        String id = ids.next(a.input().id());
        return id.equals(a.input().id()) ? a
                : new Linked(a.source(), a.title(), a.published(), a.input().withId(id), a.note());
    }

    private void write(PrintWriter out, List<Linked> articles, LinkResult result) {
        Map<String, ArticleLink> links = new HashMap<>();
        result.articles().forEach(l -> links.put(l.id(), l));
        Map<String, String> labels = new HashMap<>();
        result.stories().forEach(s -> labels.put(s.id(), s.label()));
        if (options.format == OutputFormat.text) {
            writeText(out, articles, result, links);
            return;
        }
        for (Linked a : articles) {
            ArticleLink link = links.get(a.input().id());
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", link.id());
            json.put("source", a.source());
            json.put("title", a.title());
            json.put("published", a.published());
            json.put("story", link.story());
            json.put("storyLabel", labels.get(link.story()));
            json.put("duplicateOf", link.duplicateOf());
            json.put("similarity", Math.round(link.similarity() * 1000) / 1000.0);
            json.put("differingParagraphs", link.differingParagraphs());
            try {
                out.println(JSON.writeValueAsString(json));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Stories in the order they started, each with its articles, copies marked. */
    private static void writeText(PrintWriter out, List<Linked> articles, LinkResult result, Map<String, ArticleLink> links) {
        Map<String, Linked> byId = new HashMap<>();
        articles.forEach(a -> byId.put(a.input().id(), a));
        for (StorySummary story : result.stories()) {
            out.println("=== " + story.label() + "  [" + story.id() + ", " + story.articles().size() + " article"
                    + (story.articles().size() == 1 ? "" : "s") + "]");
            for (String id : story.articles()) {
                Linked a = byId.get(id);
                ArticleLink link = links.get(id);
                out.println("  " + (a.published() == null ? "" : a.published() + "  ") + a.source() + "  [" + id + "]"
                        + (link.isDuplicate() ? String.format(java.util.Locale.ROOT, "  copy of %s (%.2f)",
                        link.duplicateOf(), link.similarity()) : ""));
            }
            out.println();
        }
    }
}
