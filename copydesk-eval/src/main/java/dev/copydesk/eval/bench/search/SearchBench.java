package dev.copydesk.eval.bench.search;

import dev.copydesk.annotate.Layers;
import dev.copydesk.annotate.Quote;
import dev.copydesk.core.Article;
import dev.copydesk.core.Pipeline;
import dev.copydesk.index.ArticleIndex;
import dev.copydesk.index.EntitySummary;
import dev.copydesk.index.FacetValue;
import dev.copydesk.index.SearchQuery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Times the index at scale: analyses a few articles for real, indexes many variants of them
 * ({@link ArticleVariants}) on several threads, then runs typical queries one at a time against the
 * committed index opened read-only (as {@code search} and the HTTP server open it), after a warm-up,
 * and reports latency percentiles per kind of query. Query parameters (words, phrases, people, speakers,
 * outlets, date ranges) are drawn from the seeds and the index with a fixed random seed.
 */
public final class SearchBench {
    private static final Pattern WORD = Pattern.compile("\\p{L}{4,14}");
    private static final Pattern BIGRAM = Pattern.compile("\\b(\\p{Ll}{4,14}) (\\p{Ll}{4,14})\\b");
    private static final int COMMIT_EVERY = 20_000;

    /**
     * @param articles how many articles to index
     * @param queries  timed runs per kind of query
     * @param warmup   untimed runs per kind first
     * @param threads  threads that analyse and put
     */
    public record Options(int articles, int queries, int warmup, int threads) {
    }

    private SearchBench() {
    }

    /** Analyses cleaned articles on {@code threads} threads, in order. */
    public static List<Article> analyse(List<Article> cleaned, Pipeline pipeline, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Article>> futures = new ArrayList<>();
            for (Article a : cleaned) {
                futures.add(pool.submit(() -> pipeline.process(a)));
            }
            List<Article> out = new ArrayList<>();
            for (Future<Article> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("analysis failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Builds the index in {@code dir} (empty or new) from variants of {@code analysed}, then times queries on it. */
    public static SearchBenchReport run(Path dir, List<Article> analysed, double analyseSeconds, Options o,
                                        Consumer<String> progress) throws IOException {
        ArticleVariants variants = new ArticleVariants(analysed, 42);
        progress.accept(String.format(Locale.ROOT, "indexing %,d variants of %,d articles on %d threads", o.articles(),
                analysed.size(), o.threads()));
        long t0 = System.nanoTime();
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            AtomicInteger next = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(o.threads());
            try {
                List<Future<Void>> workers = new ArrayList<>();
                for (int t = 0; t < o.threads(); t++) {
                    workers.add(pool.submit(() -> {
                        for (int i = next.getAndIncrement(); i < o.articles(); i = next.getAndIncrement()) {
                            Article a = variants.variant(i);
                            index.put(a, ArticleIndex.fingerprint(a));
                            if ((i + 1) % COMMIT_EVERY == 0) {
                                index.commit();
                                progress.accept(String.format(Locale.ROOT, "indexed %,d articles in %.0f s", i + 1,
                                        (System.nanoTime() - t0) / 1e9));
                            }
                        }
                        return null;
                    }));
                }
                for (Future<Void> w : workers) {
                    w.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                throw new IllegalStateException("indexing failed: " + e.getCause(), e.getCause());
            } finally {
                pool.shutdownNow();
            }
            index.commit();
        }
        double indexSeconds = (System.nanoTime() - t0) / 1e9;
        long bytes = sizeOnDisk(dir);
        List<SearchBenchReport.Row> rows;
        try (ArticleIndex index = ArticleIndex.openReadOnly(dir)) {
            index.cacheResults(false); // time the work, not the result cache that serves repeated requests
            rows = time(index, analysed, o, progress);
        }
        return new SearchBenchReport(analysed.size(), analyseSeconds, o.articles(), indexSeconds, o.threads(), bytes,
                Runtime.getRuntime().maxMemory(), rows);
    }

    /** A kind of query: runs one, drawing its parameters from {@code r}, and returns how much it matched. */
    @FunctionalInterface
    private interface Kind {
        long run(Random r) throws IOException;
    }

    private static List<SearchBenchReport.Row> time(ArticleIndex index, List<Article> seeds, Options o,
                                                    Consumer<String> progress) throws IOException {
        List<String> words = words(seeds);
        List<String> bigrams = bigrams(seeds);
        List<String> people = index.entities("", "PERSON", 300).stream().map(EntitySummary::canonical).toList();
        List<String> entities = index.entities("", null, 500).stream().map(EntitySummary::canonical).toList();
        List<String> outlets = index.search(SearchQuery.of("")).facets().sources().stream().map(FacetValue::value).toList();
        List<String> speakers = speakers(seeds);
        Map<String, Kind> kinds = new java.util.LinkedHashMap<>();
        kinds.put("word + person + 1-year range, facets", r -> {
            LocalDate from = LocalDate.of(2014 + r.nextInt(10), 1 + r.nextInt(12), 1);
            return index.search(new SearchQuery(pick(r, words), List.of(pick(r, people)), List.of(), List.of(), from,
                    from.plusYears(1), 0, 10)).total();
        });
        kinds.put("two words, facets", r -> index.search(SearchQuery.of(pick(r, words) + " " + pick(r, words))).total());
        kinds.put("phrase, facets", r -> index.search(SearchQuery.of("\"" + pick(r, bigrams) + "\"")).total());
        kinds.put("word OR word, page 3, facets", r -> index.search(new SearchQuery(pick(r, words) + " OR " + pick(r, words),
                List.of(), List.of(), List.of(), null, null, 20, 10)).total());
        kinds.put("blank + outlet, facets", r -> index.search(new SearchQuery("", List.of(), List.of(), List.of(pick(r, outlets)),
                null, null, 0, 10)).total());
        kinds.put("blank + speaker, facets", r -> index.search(new SearchQuery("", List.of(),
                List.of(pick(r, speakers)), List.of(), null, null, 0, 10)).total());
        kinds.put("blank, newest first (front page)", r -> index.search(SearchQuery.of("")).total());
        kinds.put("speaker's quotes", r -> index.quotes(pick(r, speakers), null, 0, 20).size());
        kinds.put("speaker's quotes with a word", r -> index.quotes(pick(r, speakers), pick(r, words), 0, 20).size());
        kinds.put("entity profile", r -> index.entity(pick(r, entities)).map(p -> p.articles()).orElse(0L));
        kinds.put("entity suggest (3 letters)", r -> {
            String e = pick(r, entities);
            return index.entities(e.substring(0, Math.min(3, e.length())), null, 10).size();
        });

        progress.accept("warming up: " + o.warmup() + " queries of each of " + kinds.size() + " kinds");
        Random warm = new Random(7);
        for (int i = 0; i < o.warmup(); i++) {
            for (Kind k : kinds.values()) {
                k.run(warm);
            }
        }
        List<SearchBenchReport.Row> rows = new ArrayList<>();
        for (Map.Entry<String, Kind> k : kinds.entrySet()) {
            progress.accept("timing " + o.queries() + " × " + k.getKey());
            Random r = new Random(k.getKey().hashCode());
            long[] nanos = new long[o.queries()];
            long matches = 0;
            for (int i = 0; i < o.queries(); i++) {
                long t = System.nanoTime();
                matches += k.getValue().run(r);
                nanos[i] = System.nanoTime() - t;
            }
            Arrays.sort(nanos);
            rows.add(new SearchBenchReport.Row(k.getKey(), o.queries(), nanos, o.queries() == 0 ? 0 : (double) matches / o.queries()));
        }
        return rows;
    }

    private static <T> T pick(Random r, List<T> from) {
        return from.get(r.nextInt(from.size()));
    }

    /** Words of middling frequency in the seeds: frequent enough to match, rare enough to be a real search. */
    static List<String> words(List<Article> seeds) {
        Map<String, Integer> counts = new HashMap<>();
        for (Article a : seeds) {
            Matcher m = WORD.matcher(a.text());
            while (m.find()) {
                counts.merge(m.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        List<String> byCount = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
        List<String> out = byCount.subList(Math.min(50, byCount.size()), Math.min(1_000, byCount.size()));
        return out.isEmpty() ? List.of("news") : out;
    }

    private static List<String> bigrams(List<Article> seeds) {
        List<String> out = new ArrayList<>();
        for (Article a : seeds) {
            Matcher m = BIGRAM.matcher(a.text());
            for (int n = 0; n < 5 && m.find(); n++) {
                out.add(m.group(1) + " " + m.group(2));
            }
        }
        return out.isEmpty() ? List.of("the news") : out;
    }

    private static List<String> speakers(List<Article> seeds) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (Article a : seeds) {
            if (a.hasLayer(Layers.QUOTES)) {
                for (Quote q : a.layer(Layers.QUOTES, "bench")) {
                    if (q.speakerCanonical() != null && q.speakerCanonical().contains(" ")) {
                        out.add(q.speakerCanonical());
                    }
                }
            }
        }
        return out.isEmpty() ? List.of("nobody") : List.copyOf(out);
    }

    static long sizeOnDisk(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }
}
