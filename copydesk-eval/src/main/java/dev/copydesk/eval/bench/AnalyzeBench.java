package dev.copydesk.eval.bench;

import dev.copydesk.annotate.Layers;
import dev.copydesk.annotate.nlp.CoreNlpAnnotator;
import dev.copydesk.clean.Cleaner;
import dev.copydesk.core.Article;
import dev.copydesk.core.Pipeline;
import dev.copydesk.eval.bench.reference.CoreNlpReference;
import dev.copydesk.eval.bench.reference.ReferenceLoader;
import dev.copydesk.eval.bench.stats.Comparison;
import dev.copydesk.eval.bench.stats.Rounds;
import dev.copydesk.eval.bench.stats.Spread;
import dev.copydesk.eval.bench.stats.Verdict;
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
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;

/**
 * Times Copydesk's annotation against CoreNLP's who-said-what pipeline on the same cleaned articles,
 * in one run: each system loads its models (timed apart) and annotates a few articles untimed; then,
 * in interleaved rounds, the systems take turns on each article on one thread, so figures are per core. Peak
 * heap is read from the JVM's heap pools after each system's loading and warm-up, Copydesk's before
 * the reference loads anything, and again over the rounds, when both are loaded. Not thread-safe:
 * run one at a time.
 */
public final class AnalyzeBench {
    /** Where Maven keeps CoreNLP's models jar, for runs from Copydesk's jar. */
    public static final String MODELS_JAR = "edu/stanford/nlp/stanford-corenlp/4.5.10/stanford-corenlp-4.5.10-models.jar";

    /** Copydesk's row name. */
    public static final String COPYDESK = "Copydesk (tokenize,ssplit,ner 4-class + linking)";
    /** The reference's row name. */
    public static final String REFERENCE = "CoreNLP reference (" + CoreNlpReference.ANNOTATORS + ")";

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
     * How a run goes.
     *
     * @param rounds      interleaved rounds, at least 1
     * @param warmup      articles each system annotates untimed after loading its models
     * @param minSeconds  each turn annotates its article again and again until this much time has
     *                    passed (once at least), so that a fast system's turn is long enough to time
     */
    public record Settings(int rounds, int warmup, double minSeconds) {
        public Settings {
            if (rounds < 1) {
                throw new IllegalArgumentException("rounds must be at least 1: " + rounds);
            }
            if (warmup < 0) {
                throw new IllegalArgumentException("warmup must not be negative: " + warmup);
            }
            if (!(minSeconds >= 0)) {
                throw new IllegalArgumentException("minSeconds must not be negative: " + minSeconds);
            }
        }
    }

    /**
     * Loads each system's models (timed apart) and warms it up, then runs the interleaved rounds: in
     * each, after an untimed full garbage collection, the systems take turns article by article on
     * the calling thread, in an order that rotates at each article ({@link Rounds}). A system's
     * figure per round is articles per second.
     *
     * @param reference when {@code false}, Copydesk alone
     * @param modelsJar CoreNLP's models jar for the reference, when its models are not on the class path
     * @param progress  receives a line as each phase starts
     */
    public static AnalyzeBenchReport run(List<Article> articles, Pipeline pipeline, boolean reference, Path modelsJar,
                                         Settings settings, Consumer<String> progress) {
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("articles must not be empty");
        }
        List<String> names = new ArrayList<>();
        List<ToIntFunction<String>> systems = new ArrayList<>();
        List<Double> loads = new ArrayList<>();
        List<Long> peaks = new ArrayList<>();
        resetPeaks();
        progress.accept(COPYDESK + ": loading models");
        long t0 = System.nanoTime();
        CoreNlpAnnotator.preload();
        loads.add(seconds(t0));
        names.add(COPYDESK);
        systems.add(text -> pipeline.process(
                Article.builder().id("bench").source("bench").text(text).build()).layer(Layers.TOKENS, "bench").size());
        warmUp(COPYDESK, systems.get(0), articles, settings.warmup(), progress);
        peaks.add(peakHeap());
        if (reference) {
            System.gc();
            resetPeaks();
            progress.accept(REFERENCE + ": loading models");
            long t1 = System.nanoTime();
            systems.add(ReferenceLoader.load(modelsJar));
            loads.add(seconds(t1));
            names.add(REFERENCE);
            warmUp(REFERENCE, systems.get(1), articles, settings.warmup(), progress);
            peaks.add(peakHeap());
        }
        System.gc();
        resetPeaks();
        long[][] tokens = new long[systems.size()][articles.size()];
        double[][] rates = rounds(systems, articles, settings, tokens, progress);
        long roundsPeak = peakHeap();
        List<AnalyzeBenchReport.Row> rows = new ArrayList<>();
        Spread base = reference ? Spread.of(rates[1]) : null;
        for (int i = 0; i < systems.size(); i++) {
            Spread rate = Spread.of(rates[i]);
            Comparison c = Comparison.of(rate, base, i == 1, "articles/s", Verdict.DEFAULT_MAX_SPREAD, true);
            rows.add(new AnalyzeBenchReport.Row(names.get(i), articles.size(), Arrays.stream(tokens[i]).sum(), rate,
                    loads.get(i), peaks.get(i), c.ratio(), c.verdict().text()));
        }
        return new AnalyzeBenchReport(articles.size(), settings.rounds(), Runtime.getRuntime().maxMemory(), roundsPeak,
                Verdict.DEFAULT_MAX_SPREAD, rows);
    }

    /** Runs the rounds, keeping each system's token count per article; answers articles per second. */
    private static double[][] rounds(List<ToIntFunction<String>> systems, List<Article> articles, Settings settings,
                                     long[][] tokens, Consumer<String> progress) {
        return Rounds.run(systems.size(), settings.rounds(), articles.size(), round -> {
            progress.accept("round " + (round + 1) + "/" + settings.rounds() + ": " + articles.size() + " article"
                    + (articles.size() == 1 ? "" : "s") + " by each system in turn");
            System.gc();
        }, (i, round, article) -> {
            String text = articles.get(article).text();
            int times = 0;
            long start = System.nanoTime();
            long elapsed;
            do {
                tokens[i][article] = systems.get(i).applyAsInt(text);
                times++;
                elapsed = System.nanoTime() - start;
            } while (elapsed < settings.minSeconds() * 1e9);
            return new Rounds.Work(times, elapsed);
        });
    }

    private static void warmUp(String name, ToIntFunction<String> system, List<Article> articles, int warmup,
                               Consumer<String> progress) {
        int n = Math.min(warmup, articles.size());
        if (n > 0) {
            progress.accept(name + ": warming up on " + n + " article" + (n == 1 ? "" : "s"));
        }
        for (Article a : articles.subList(0, n)) {
            system.applyAsInt(a.text());
        }
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
