package dev.copydesk.cli;

import dev.copydesk.http.CopydeskServer;
import dev.copydesk.http.ServerConfig;
import dev.copydesk.index.ArticleIndex;
import dev.copydesk.index.EntitySummary;
import dev.copydesk.index.NoIndexException;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code copydesk bench serve}: how many API requests a server over an index answers, and how fast. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Start the server on the index (read-only, a free port on 127.0.0.1) and send it API requests "
                + "from several threads for a while: searches by words, entity and speaker, blank searches with facets, "
                + "entity profiles and quotes, built from the index's most-mentioned entities.",
                "Prints requests, errors, requests per second, and latency percentiles. Client and server share the machine."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the report was printed (see its error count)", "1:there is no index", "2:usage error"})
final class BenchServeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    IndexOptions index;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "10", description = "How long to send requests (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "8", description = "Client threads, each with one request in flight (default: ${DEFAULT-VALUE}).")
    int threads;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (seconds < 1 || seconds > 3600) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--seconds must be between 1 and 3600, not " + seconds);
        }
        if (threads < 1 || threads > 256) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be between 1 and 256, not " + threads);
        }
        PrintWriter out = spec.commandLine().getOut();
        ArticleIndex idx;
        try {
            idx = ArticleIndex.openReadOnly(index.dir);
        } catch (NoIndexException e) {
            spec.commandLine().getErr().println("copydesk: " + e.getMessage() + "; run 'copydesk ingest' first");
            return 1;
        }
        try (idx; CopydeskServer server = new CopydeskServer(idx, ServerConfig.defaults().withPort(0)).start()) {
            List<String> paths = requests(idx.entities("", null, 40));
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            String base = "http://127.0.0.1:" + server.port();
            for (String p : paths) {
                send(client, base + p); // warm-up: every request once, not counted
            }
            Load load = run(client, base, paths);
            long[] ms = load.latenciesNanos;
            Arrays.sort(ms);
            long size = idx.size();
            out.printf("bench serve: %d article%s, %d kinds of request, %d threads, %.1f s%n", size, size == 1 ? "" : "s",
                    paths.size(), threads, load.elapsedNanos / 1e9);
            out.printf("requests  %d (%d errors)%n", ms.length, load.errors);
            out.printf("rate      %.0f requests/s%n", ms.length / (load.elapsedNanos / 1e9));
            if (ms.length > 0) {
                out.printf("latency   p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n", percentile(ms, 0.50),
                        percentile(ms, 0.90), percentile(ms, 0.99), ms[ms.length - 1] / 1e6);
            }
            out.flush();
        }
        return 0;
    }

    /** A mix of what the web UI asks: searches (blank, by words, by entity, by speaker), profiles, quotes. */
    static List<String> requests(List<EntitySummary> entities) {
        List<String> paths = new ArrayList<>(List.of("/api/search", "/api/health", "/api/quotes", "/api/entities?q=a"));
        for (EntitySummary e : entities) {
            String name = enc(e.canonical());
            paths.add("/api/search?q=" + enc(e.canonical().split(" ")[0].replaceAll("[^\\p{L}\\p{N}]", "")));
            paths.add("/api/search?entity=" + name);
            paths.add("/api/entities/" + name.replace("+", "%20"));
            if (e.type().equals("PERSON")) {
                paths.add("/api/search?speaker=" + name);
                paths.add("/api/quotes?speaker=" + name);
            }
        }
        return paths;
    }

    private record Load(long[] latenciesNanos, long errors, long elapsedNanos) {
    }

    private Load run(HttpClient client, String base, List<String> paths) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        long deadline = start + seconds * 1_000_000_000L;
        List<Future<long[]>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int first = t;
            results.add(pool.submit(() -> {
                long[] lat = new long[1024];
                int n = 0;
                long errors = 0;
                for (int i = first; System.nanoTime() < deadline; i += threads) {
                    long t0 = System.nanoTime();
                    boolean ok = send(client, base + paths.get(i % paths.size()));
                    long took = System.nanoTime() - t0;
                    if (n == lat.length) {
                        lat = Arrays.copyOf(lat, n * 2);
                    }
                    lat[n++] = took;
                    errors += ok ? 0 : 1;
                }
                long[] withErrors = Arrays.copyOf(lat, n + 1);
                withErrors[n] = errors;
                return withErrors;
            }));
        }
        pool.shutdown();
        long errors = 0;
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> f : results) {
            try {
                long[] r = f.get();
                errors += r[r.length - 1];
                all.add(Arrays.copyOf(r, r.length - 1));
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("a client thread failed", e.getCause());
            }
        }
        long elapsed = System.nanoTime() - start;
        long[] merged = all.stream().flatMapToLong(Arrays::stream).toArray();
        return new Load(merged, errors, elapsed);
    }

    private static boolean send(HttpClient client, String url) {
        try {
            HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return r.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static double percentile(long[] sorted, double p) {
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
