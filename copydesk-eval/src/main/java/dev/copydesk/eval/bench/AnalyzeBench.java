package dev.copydesk.eval.bench;

import dev.copydesk.annotate.Layers;
import dev.copydesk.annotate.nlp.CoreNlpAnnotator;
import dev.copydesk.clean.Cleaner;
import dev.copydesk.core.Article;
import dev.copydesk.core.Pipeline;
import dev.copydesk.eval.bench.reference.ReferenceLoader;
import dev.copydesk.ingest.InputError;
import dev.copydesk.ingest.InputSink;
import dev.copydesk.ingest.Inputs;
import dev.copydesk.ingest.RawInput;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;

/**
 * Times Copydesk's annotation against CoreNLP's who-said-what pipeline on the same cleaned articles,
 * in one run: each system loads its models (timed apart), annotates one article untimed, then annotates
 * every article on one thread, so figures are per core. Peak heap is read from the JVM's heap pools
 * after each system's pass, Copydesk's before the reference loads anything.
 */
public final class AnalyzeBench {
    /** Where Maven keeps CoreNLP's models jar, for runs from Copydesk's jar. */
    public static final String MODELS_JAR = "edu/stanford/nlp/stanford-corenlp/4.5.10/stanford-corenlp-4.5.10-models.jar";

    private AnalyzeBench() {
    }

    /** The models jar in the local Maven repository ({@code maven.repo.local} or {@code ~/.m2/repository}). */
    public static Path defaultModelsJar() {
        String repo = System.getProperty("maven.repo.local");
        Path base = repo != null ? Path.of(repo) : Path.of(System.getProperty("user.home"), ".m2", "repository");
        return base.resolve(MODELS_JAR);
    }

    /** The first {@code limit} articles (all when 0) {@code analyze} would read from {@code dir}, cleaned. */
    public static List<Article> loadArticles(Path dir, int limit) {
        List<RawInput> raw = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        Inputs.withDefaults().read(List.of(dir.toString()), InputStream.nullInputStream(), new InputSink() {
            @Override
            public void accept(RawInput input) {
                if (limit == 0 || raw.size() < limit) {
                    raw.add(input);
                }
            }

            @Override
            public void error(InputError error) {
                errors.add(error.source() + ": " + error.message());
            }
        });
        Cleaner cleaner = new Cleaner();
        List<Article> out = new ArrayList<>();
        for (RawInput r : raw) {
            Article a = cleaner.clean(r);
            if (!a.text().isBlank()) {
                out.add(a);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(dir + " holds no readable articles" + (errors.isEmpty() ? "" : ": " + errors.get(0)));
        }
        return out;
    }

    /**
     * Runs both systems.
     *
     * @param reference when {@code false}, Copydesk alone
     * @param modelsJar CoreNLP's models jar for the reference, when its models are not on the class path
     * @param progress  receives a line as each phase starts
     */
    public static AnalyzeBenchReport run(List<Article> articles, Pipeline pipeline, boolean reference, Path modelsJar,
                                         Consumer<String> progress) {
        List<AnalyzeBenchReport.Row> rows = new ArrayList<>();
        resetPeaks();
        progress.accept("Copydesk: loading models");
        long t0 = System.nanoTime();
        CoreNlpAnnotator.preload();
        double load = seconds(t0);
        ToIntFunction<String> copydesk = text -> pipeline.process(
                Article.builder().id("bench").source("bench").text(text).build()).layer(Layers.TOKENS, "bench").size();
        rows.add(time("Copydesk (tokenize,ssplit,ner 4-class + linking)", copydesk, articles, load, progress));
        if (reference) {
            System.gc();
            resetPeaks();
            progress.accept("CoreNLP reference: loading models");
            long t1 = System.nanoTime();
            ToIntFunction<String> ref = ReferenceLoader.load(modelsJar);
            double refLoad = seconds(t1);
            rows.add(time("CoreNLP reference (" + dev.copydesk.eval.bench.reference.CoreNlpReference.ANNOTATORS + ")",
                    ref, articles, refLoad, progress));
        }
        return new AnalyzeBenchReport(articles.size(), Runtime.getRuntime().maxMemory(), rows);
    }

    private static AnalyzeBenchReport.Row time(String name, ToIntFunction<String> system, List<Article> articles,
                                               double load, Consumer<String> progress) {
        system.applyAsInt(articles.get(0).text());
        progress.accept(name + ": annotating " + articles.size() + " articles");
        long tokens = 0;
        long t0 = System.nanoTime();
        for (Article a : articles) {
            tokens += system.applyAsInt(a.text());
        }
        double secs = seconds(t0);
        return new AnalyzeBenchReport.Row(name, articles.size(), tokens, secs, load, peakHeap());
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
