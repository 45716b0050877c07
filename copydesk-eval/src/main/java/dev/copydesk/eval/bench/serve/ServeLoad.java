package dev.copydesk.eval.bench.serve;

import dev.copydesk.index.EntitySummary;
import java.io.IOException;
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
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Sends API requests to a running Copydesk server and times them. Every request is sent once
 * first, untimed (the server's and the client's warm-up); then come {@code rounds} rounds of equal
 * length, in each of which {@code threads} client threads, each with one request in flight, walk
 * through the requests until the round's time is up. A request counts as an error unless it is
 * answered 200. Client and server share the machine, so the figures are what one machine does
 * serving and asking at once. Not thread-safe: run one at a time.
 */
public final class ServeLoad {
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private ServeLoad() {
    }

    /**
     * How a run goes.
     *
     * @param threads     client threads, each with one request in flight, 1 to 256
     * @param rounds      timed rounds, at least 1
     * @param roundLength how long each round sends requests, at least 10 ms
     */
    public record Settings(int threads, int rounds, Duration roundLength) {
        public Settings {
            Objects.requireNonNull(roundLength, "roundLength");
            if (threads < 1 || threads > 256) {
                throw new IllegalArgumentException("threads must be between 1 and 256: " + threads);
            }
            if (rounds < 1) {
                throw new IllegalArgumentException("rounds must be at least 1: " + rounds);
            }
            if (roundLength.toMillis() < 10) {
                throw new IllegalArgumentException("roundLength must be at least 10 ms: " + roundLength);
            }
        }
    }

    /**
     * A mix of what the web UI asks, as paths from the server's root: a blank search, health, quotes
     * and an entity lookup; then, for each entity, a search by a word of its name, a search by the
     * entity and its profile; for people also a search by speaker and their quotes.
     */
    public static List<String> requests(List<EntitySummary> entities) {
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

    /**
     * Warms up, then runs the rounds.
     *
     * @param baseUrl the server's root, e.g. {@code http://127.0.0.1:7070}
     * @param paths   the requests, as paths from the root; thread {@code t} starts at the {@code t}-th
     */
    public static ServeReport run(String baseUrl, List<String> paths, Settings settings) throws InterruptedException {
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("paths must not be empty");
        }
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        for (String p : paths) {
            send(client, baseUrl + p);
        }
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads());
        try {
            List<ServeReport.Round> rounds = new ArrayList<>();
            for (int r = 0; r < settings.rounds(); r++) {
                rounds.add(round(client, baseUrl, paths, settings, pool));
            }
            return new ServeReport(paths.size(), settings.threads(), settings.roundLength().toMillis() / 1000.0, rounds);
        } finally {
            pool.shutdownNow();
        }
    }

    private static ServeReport.Round round(HttpClient client, String base, List<String> paths, Settings settings,
                                           ExecutorService pool) throws InterruptedException {
        int threads = settings.threads();
        long start = System.nanoTime();
        long deadline = start + settings.roundLength().toNanos();
        List<Future<Latencies>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int first = t;
            results.add(pool.submit(() -> {
                Latencies lat = new Latencies();
                for (int i = first; System.nanoTime() < deadline; i += threads) {
                    long t0 = System.nanoTime();
                    boolean ok = send(client, base + paths.get(i % paths.size()));
                    lat.add(System.nanoTime() - t0, ok);
                }
                return lat;
            }));
        }
        Latencies all = new Latencies();
        for (Future<Latencies> f : results) {
            try {
                all.addAll(f.get());
            } catch (ExecutionException e) {
                throw new IllegalStateException("a client thread failed", e.getCause());
            }
        }
        return ServeReport.Round.of(all.sorted(), all.errors, System.nanoTime() - start);
    }

    private static boolean send(HttpClient client, String url) {
        try {
            HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return r.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** One thread's latencies, in nanoseconds, and its error count. */
    private static final class Latencies {
        private long[] nanos = new long[1024];
        private int size;
        private long errors;

        void add(long took, boolean ok) {
            if (size == nanos.length) {
                nanos = Arrays.copyOf(nanos, size * 2);
            }
            nanos[size++] = took;
            errors += ok ? 0 : 1;
        }

        void addAll(Latencies other) {
            for (int i = 0; i < other.size; i++) {
                add(other.nanos[i], true);
            }
            errors += other.errors;
        }

        long[] sorted() {
            long[] out = Arrays.copyOf(nanos, size);
            Arrays.sort(out);
            return out;
        }
    }
}
