package dev.copydesk.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The web UI and the OpenAPI document: a fixed list of files read once from this jar's classpath.
 * A request names one of them or gets 404; no request path ever reaches a file system or a resource
 * lookup, so there is nothing to traverse.
 */
final class StaticAssets {
    private static final String BASE = "/dev/copydesk/http/";
    private static final Map<String, String> TYPES = Map.of(
            "index.html", "text/html; charset=utf-8",
            "app.js", "text/javascript; charset=utf-8",
            "stories.js", "text/javascript; charset=utf-8",
            "app.css", "text/css; charset=utf-8",
            "openapi.json", "application/json");

    private final Map<String, byte[]> files = new LinkedHashMap<>();

    StaticAssets() {
        load("openapi.json", BASE + "openapi.json");
        for (String name : new String[] {"index.html", "app.js", "stories.js", "app.css"}) {
            load(name, BASE + "ui/" + name);
        }
    }

    private void load(String name, String resource) {
        try (InputStream in = StaticAssets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " (a broken build)");
            }
            files.put(name, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Serves {@code name}, or 404. */
    void serve(Context ctx, String name) {
        byte[] bytes = files.get(name);
        if (bytes == null) {
            throw ApiException.notFound("no such file");
        }
        ctx.header("Cache-Control", "no-cache").contentType(TYPES.get(name)).result(bytes);
    }
}
