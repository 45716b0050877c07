package dev.copydesk.spark;

import dev.copydesk.annotate.AnnotationJson;
import dev.copydesk.core.Article;
import dev.copydesk.core.ArticleJson;
import dev.copydesk.ingest.InputError;
import dev.copydesk.ingest.InputSink;
import dev.copydesk.ingest.Inputs;
import dev.copydesk.ingest.RawInput;
import dev.copydesk.link.ArticleLink;
import dev.copydesk.link.LinkInput;
import dev.copydesk.link.LinkResult;
import dev.copydesk.link.Linker;
import dev.copydesk.link.UniqueIds;
import dev.copydesk.pipeline.AnalysisConfig;
import dev.copydesk.pipeline.ArticleAnalyzer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The single-machine side of {@code copydesk spark bench}: reads, cleans and analyses the input on {@code threads}
 * worker threads (in input order, as {@code copydesk analyze --threads N}), writes the analysed articles as JSON
 * Lines one by one, links them with one batch {@link Linker} and writes {@code stories.jsonl}, as
 * {@code copydesk stories} does. An article whose id came before is linked under {@code ID-2}, as the job links
 * it; an input the job would make an error row is left out. Not thread-safe: one run at a time.
 */
final class SingleMachineRun {
    /** How many inputs the workers may be ahead of the writer, per thread. */
    private static final int AHEAD_PER_THREAD = 4;

    private record Done(RawInput input, Article article, LinkInput link) {
    }

    private final List<String> inputs;
    private final AnalysisConfig config;

    SingleMachineRun(List<String> inputs, AnalysisConfig config) {
        this.inputs = List.copyOf(inputs);
        this.config = config;
    }

    /** Runs over the input into {@code out}; returns how many articles were linked. */
    int run(int threads, Path out) throws IOException {
        Files.createDirectories(out);
        ArticleAnalyzer analyzer = ExecutorAnalyzers.get(config);
        ExecutorService pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(null, r, "copydesk-bench-worker", 8L << 20);
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Future<Done>> pending = new ArrayDeque<>();
        Output output = new Output(Files.newBufferedWriter(out.resolve("articles.jsonl"), StandardCharsets.UTF_8));
        try (Writer closing = output.articles) {
            Inputs.withDefaults().read(inputs, new ByteArrayInputStream(new byte[0]), new InputSink() {
                @Override
                public void accept(RawInput input) {
                    if (pool == null) {
                        output.write(prepare(analyzer, input));
                        return;
                    }
                    pending.add(pool.submit(() -> prepare(analyzer, input)));
                    while (pending.size() > AHEAD_PER_THREAD * threads) {
                        output.write(take(pending));
                    }
                }

                @Override
                public void error(InputError error) {
                }
            });
            while (!pending.isEmpty()) {
                output.write(take(pending));
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        Linker linker = Linker.forBatch(output.linkInputs);
        linker.addAll(output.linkInputs);
        LinkResult result = linker.finish();
        Map<String, ArticleLink> byId = new HashMap<>();
        result.articles().forEach(l -> byId.put(l.id(), l));
        Map<String, String> labels = new HashMap<>();
        result.stories().forEach(st -> labels.put(st.id(), st.label()));
        try (Writer stories = Files.newBufferedWriter(out.resolve("stories.jsonl"), StandardCharsets.UTF_8)) {
            for (ArticleFeatures a : output.linked) {
                ArticleLink l = byId.get(a.id());
                stories.write(StoriesJsonl.line(a, l, labels.get(l.story())));
                stories.write('\n');
            }
        }
        return result.articles().size();
    }

    /** The articles written so far, in input order, and what linking keeps of them. */
    private static final class Output {
        final Writer articles;
        final List<LinkInput> linkInputs = new ArrayList<>();
        final List<ArticleFeatures> linked = new ArrayList<>();
        final UniqueIds ids = new UniqueIds();

        Output(Writer articles) {
            this.articles = articles;
        }

        void write(Done done) {
            Article article = done.article();
            if (article == null) {
                return;
            }
            try {
                articles.write(ArticleJson.toJson(article, List.of(AnnotationJson.INSTANCE)));
                articles.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String id = ids.next(article.id());
            linkInputs.add(id.equals(article.id()) ? done.link() : done.link().withId(id));
            linked.add(new ArticleFeatures(done.input().source(), 0, id, article.source(), article.title(),
                    article.published(), "", null));
        }
    }

    /** Cleans, analyses and fingerprints one input (on a worker thread); no article when the job would make an error row. */
    private static Done prepare(ArticleAnalyzer analyzer, RawInput input) {
        try {
            Article article = FileAnalysis.analyse(analyzer, input);
            return new Done(input, article, LinkInput.of(article));
        } catch (RuntimeException e) {
            return new Done(input, null, null);
        }
    }

    private static Done take(ArrayDeque<Future<Done>> pending) {
        try {
            return pending.poll().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
