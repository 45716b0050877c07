package dev.copydesk.cli;

import dev.copydesk.http.CopydeskServer;
import dev.copydesk.http.ServerConfig;
import dev.copydesk.http.ServerLimits;
import dev.copydesk.index.ArticleIndex;
import dev.copydesk.index.IndexLockedException;
import dev.copydesk.index.NoIndexException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code copydesk serve}: the REST API and web UI over an index, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {
            "Serve an index over HTTP: the web UI at / and the JSON API under /api (described at /api/openapi.json).",
            "Without an ingest token the index is opened read-only and articles another process adds show up "
                    + "within seconds; with one, POST /api/articles adds articles and the index is created when missing.",
            "It answers only requests whose Host header names 127.0.0.1, localhost, [::1], the --host address or "
                    + "an --allow-host name (any port); others get 421, so a web page cannot read the index through a "
                    + "name it points at this machine (DNS rebinding).",
            "At most --max-connections connections are open at once; a read or write that makes no progress "
                    + "for --stall-timeout seconds, or moves under " + ServerLimits.DEFAULT_MIN_DATA_RATE + " bytes/s, closes its "
                    + "connection; at most " + ServerLimits.DEFAULT_MAX_ARTICLE_RESPONSES + " articles and "
                    + ServerLimits.DEFAULT_MAX_UPLOADS + " uploads are sent or taken at once, more get 503.",
            "Stop it with Ctrl-C."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped", "1:the index or the port could not be opened", "2:usage error"})
final class ServeCommand implements Callable<Integer> {
    /** The environment variable that may hold the ingest token (safer than the command line, which others can see). */
    static final String TOKEN_ENV = "COPYDESK_INGEST_TOKEN";
    @Mixin
    IndexOptions index;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + ServerConfig.DEFAULT_PORT,
            description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = ServerConfig.DEFAULT_HOST,
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every network).")
    String host;

    @Option(names = "--ingest-token", paramLabel = "T",
            description = "Accept POST /api/articles from clients sending 'Authorization: Bearer T' (at least "
                    + ServerConfig.MIN_TOKEN_LENGTH + " characters). Default: the " + TOKEN_ENV
                    + " environment variable; without either the server takes no articles.")
    String token;

    @Option(names = "--allow-host", paramLabel = "NAME",
            description = "Also answer requests for this host name or IP address (no port), e.g. the name a reverse "
                    + "proxy or other machines use; repeatable.")
    List<String> allowHosts = new ArrayList<>();

    @Option(names = "--max-connections", paramLabel = "N", defaultValue = "" + ServerLimits.DEFAULT_MAX_CONNECTIONS,
            description = "Open connections at once (default: ${DEFAULT-VALUE}); more wait to be accepted.")
    int maxConnections;

    @Option(names = "--stall-timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Close a connection whose read or write makes no progress, or that sits idle, this long "
                    + "(default: ${DEFAULT-VALUE}).")
    int stallTimeout;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        String ingestToken = token != null ? token : System.getenv(TOKEN_ENV);
        if (ingestToken != null && ingestToken.isBlank()) {
            ingestToken = null;
        }
        ServerConfig config;
        try {
            if (maxConnections < 1) {
                throw new IllegalArgumentException("--max-connections must be at least 1, not " + maxConnections);
            }
            if (stallTimeout < 1) {
                throw new IllegalArgumentException("--stall-timeout must be at least 1 second, not " + stallTimeout);
            }
            ServerLimits limits = ServerLimits.defaults().withMaxConnections(maxConnections)
                    .withStallTimeout(Duration.ofSeconds(stallTimeout));
            config = new ServerConfig(host, port, ingestToken, ServerConfig.DEFAULT_MAX_BODY_BYTES,
                    ingestToken == null ? Duration.ofSeconds(5) : null, allowHosts, limits);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        ArticleIndex opened;
        try {
            // Read-only, the server sees what 'copydesk ingest' commits meanwhile; with a token it is the writer.
            opened = ingestToken == null ? ArticleIndex.openReadOnly(index.dir) : ArticleIndex.open(index.dir);
        } catch (NoIndexException e) {
            spec.commandLine().getErr().println("copydesk: " + e.getMessage() + ": build one with 'copydesk ingest', "
                    + "or start with an ingest token to create it and add articles over HTTP");
            return 1;
        } catch (IndexLockedException e) {
            spec.commandLine().getErr().println("copydesk: " + e.getMessage()
                    + "; without --ingest-token the server only reads and can run beside 'copydesk ingest'");
            return 1;
        }
        try (ArticleIndex idx = opened) {
            CopydeskServer server = new CopydeskServer(idx, config).start();
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.stop();
                stopped.countDown();
            }, "copydesk-serve-stop"));
            if (!isLoopback(host)) {
                spec.commandLine().getErr().println("copydesk: warning: listening on " + host
                        + ": anyone who can reach this machine can read the index; it answers to "
                        + String.join(", ", hostNames(config)) + " (add the names clients use with --allow-host)");
            }
            long size = idx.size();
            spec.commandLine().getOut().printf("Copydesk serving %d article%s from %s on http://%s:%d/ (ingest %s). Ctrl-C stops.%n",
                    size, size == 1 ? "" : "s", index.dir, host.contains(":") ? "[" + host + "]" : host, server.port(),
                    ingestToken == null ? "off" : "on");
            spec.commandLine().getOut().flush();
            stopped.await();
        }
        return 0;
    }

    private static Set<String> hostNames(ServerConfig config) {
        Set<String> names = new LinkedHashSet<>(List.of("127.0.0.1", "localhost", "[::1]"));
        names.add(config.host().contains(":") ? "[" + config.host() + "]" : config.host());
        names.addAll(config.allowedHosts());
        return names;
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
