package dev.copydesk.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.copydesk.annotate.Annotators;
import dev.copydesk.core.Pipeline;
import dev.copydesk.index.ArticleIndex;
import dev.copydesk.index.InvalidQueryException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copydesk's HTTP server: the REST API ({@code /api/...}, described by {@code /api/openapi.json}) and
 * the web UI ({@code /}) over one {@link ArticleIndex}.
 *
 * <p>A thin edge: handlers parse requests strictly, call the index, and write JSON. Every error is
 * JSON {@code {"error", "message"}}; client mistakes get 4xx, never 500, and 500 (logged, with a
 * generic message) means a fault in the server. Writes ({@code POST /api/articles}) need the bearer
 * token of {@link ServerConfig#ingestToken()} and are refused when there is none. Every response
 * carries a strict Content-Security-Policy and no-sniff, no-referrer and no-framing headers.
 *
 * <p>A request whose {@code Host} is not one of {@link ServerConfig#allowedHosts() the names it answers
 * to} gets 421, on every route, before the route runs (see {@link AllowedHosts}). What one client may
 * take is bounded by {@link ServerConfig#limits()}: connections, threads, how long a read or write may
 * stall, how slowly data may move, and how many articles and uploads are sent or taken at once (see
 * {@link ServerLimits}).
 *
 * <p>Never prints: it logs through SLF4J. The caller owns the index and closes it after {@link #stop()}.
 * Thread-safe; start and stop once.
 */
public final class CopydeskServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CopydeskServer.class);

    /** A route of the API or UI and its handler; {@code openapi.json} describes every {@code /api} one. */
    record Route(String method, String path, Handler handler) {
    }

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final ArticleIndex index;
    private final ServerConfig config;
    private final Javalin app;
    private final List<Route> routes;
    private ScheduledExecutorService refresher;

    /** A server over {@code index}; articles posted to it are analysed with {@link Annotators#standard()}. */
    public CopydeskServer(ArticleIndex index, ServerConfig config) {
        this(index, config, Annotators::standard);
    }

    /** A server whose ingest analyses with the pipeline {@code pipeline} supplies, loaded on the first post. */
    public CopydeskServer(ArticleIndex index, ServerConfig config, Supplier<Pipeline> pipeline) {
        this.index = Objects.requireNonNull(index, "index");
        this.config = Objects.requireNonNull(config, "config");
        Objects.requireNonNull(pipeline, "pipeline");
        ReadApi read = new ReadApi(index, version(), new RequestGate(config.limits().maxArticleResponses(), "articles"));
        StoryApi stories = new StoryApi(index, new StoryComparisons());
        IngestApi ingest = new IngestApi(index, config.ingestToken(), config.maxBodyBytes(), pipeline);
        RequestGate uploads = new RequestGate(config.limits().maxUploads(), "uploads");
        AllowedHosts hosts = new AllowedHosts(config.host(), config.allowedHosts());
        StaticAssets assets = new StaticAssets();
        ObjectMapper json = JsonMapper.builder().build();
        this.app = Javalin.create(c -> {
            c.showJavalinBanner = false;
            c.startupWatcherEnabled = false;
            c.http.prefer405over404 = true;
            c.http.maxRequestSize = config.maxBodyBytes();
            c.http.generateEtags = false;
            c.jsonMapper(new JavalinJackson(json, false));
            // Jetty caches header lines per connection and by default matches them ignoring case, so
            // "Bearer ABC" could be read as an earlier "Bearer abc" on a kept-alive connection.
            c.jetty.modifyHttpConfiguration(http -> http.setHeaderCacheCaseSensitive(true));
            c.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
            c.jetty.modifyServletContextHandler(handler -> handler.setErrorHandler(new JsonErrorHandler()));
            JettyLimits.apply(c, config);
        });
        this.routes = List.of(
                new Route("GET", "/api/health", read::health),
                new Route("GET", "/api/search", read::search),
                new Route("GET", "/api/articles/{id}", read::article),
                new Route("POST", "/api/articles", uploads.guard(ingest::post)),
                new Route("GET", "/api/entities", read::entities),
                new Route("GET", "/api/entities/{canonical}", read::entity),
                new Route("GET", "/api/quotes", read::quotes),
                new Route("GET", "/api/stories", stories::list),
                new Route("GET", "/api/stories/{id}", stories::story),
                new Route("GET", "/api/openapi.json", ctx -> assets.serve(ctx, "openapi.json")),
                new Route("GET", "/", ctx -> assets.serve(ctx, "index.html")),
                new Route("GET", "/ui/{file}", ctx -> assets.serve(ctx, ctx.pathParam("file"))));
        for (Route r : routes) {
            if (r.method().equals("POST")) {
                app.post(r.path(), r.handler());
            } else {
                app.get(r.path(), r.handler());
            }
        }
        app.before(CopydeskServer::securityHeaders);
        app.before(ctx -> checkHost(ctx, hosts));
        app.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.code(), e.getMessage()));
        app.exception(InvalidQueryException.class, (e, ctx) -> error(ctx, 400, "invalid_query", e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), code(e.getStatus()), message(e)));
        app.exception(Exception.class, (e, ctx) -> {
            if (ClientFailure.causes(e)) {
                LOG.debug("{} {}: the client stalled or went away: {}", ctx.method(), ctx.path(), e.toString());
                ctx.header("Connection", "close");
                error(ctx, 408, "request_timeout", "the connection stalled or was closed before the request was done");
                return;
            }
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            error(ctx, 500, "internal", "the server failed to answer this request; its log says why");
        });
    }

    /** Starts listening; returns once the server accepts connections. */
    public synchronized CopydeskServer start() {
        // JettyLimits made the connector, bound to config.host() and config.port().
        app.start();
        if (config.refreshEvery() != null) {
            refresher = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "copydesk-index-refresh");
                t.setDaemon(true);
                return t;
            });
            long ms = config.refreshEvery().toMillis();
            refresher.scheduleWithFixedDelay(this::refresh, ms, ms, TimeUnit.MILLISECONDS);
        }
        LOG.debug("Copydesk serving on http://{}:{}/", config.host(), port());
        return this;
    }

    /** Stops listening and waits for requests in flight; the index stays open. */
    public synchronized void stop() {
        if (refresher != null) {
            refresher.shutdownNow();
            refresher = null;
        }
        app.stop();
    }

    @Override
    public void close() {
        stop();
    }

    /** The port the server listens on (the one chosen when configured with port 0). */
    public int port() {
        return app.port();
    }

    /** Every route the server answers. */
    List<Route> routes() {
        return routes;
    }

    /** Copydesk's version, as the jar's manifest gives it, or {@code dev}. */
    public static String version() {
        String v = CopydeskServer.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    private void refresh() {
        try {
            index.refresh();
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not refresh the index: {}", e.toString());
        }
    }

    private static void checkHost(Context ctx, AllowedHosts hosts) {
        var values = ctx.req().getHeaders("Host");
        while (values != null && values.hasMoreElements()) {
            if (!hosts.allows(values.nextElement())) {
                ctx.header("Connection", "close");
                throw new ApiException(421, "unknown_host", "this server does not answer to that host name; "
                        + "use one it was started with (start it with --allow-host NAME to add one)");
            }
        }
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    }

    static void error(Context ctx, int status, String code, String message) {
        ctx.status(status).json(new Views.Error(code, message));
    }

    private static String message(HttpResponseException e) {
        return switch (e.getStatus()) {
            case 404 -> "no such route: see /api/openapi.json";
            case 405 -> "this route does not take that method: see /api/openapi.json";
            case 413 -> "the request body is too large";
            default -> e.getMessage() == null ? "request failed" : e.getMessage();
        };
    }

    static String code(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 408 -> "request_timeout";
            case 413 -> "payload_too_large";
            case 414 -> "uri_too_long";
            case 415 -> "unsupported_media_type";
            case 421 -> "unknown_host";
            case 431 -> "headers_too_large";
            case 503 -> "busy";
            default -> status >= 500 ? "internal" : "error";
        };
    }
}
