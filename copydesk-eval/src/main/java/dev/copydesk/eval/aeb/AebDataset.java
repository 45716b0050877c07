package dev.copydesk.eval.aeb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.copydesk.eval.extraction.BenchmarkFolderException;
import dev.copydesk.eval.extraction.PageFile;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An article extraction benchmark folder, loaded:
 * <pre>
 * ground-truth.json         {"&lt;id&gt;": {"articleBody": "...", "url": "..."}, ...}
 * html/&lt;id&gt;.html.gz         the page, UTF-8 (a plain .html is accepted too)
 * peer-outputs/&lt;peer&gt;.json  optional: same shape as ground-truth.json, or wrapped as
 *                           {"version": "...", "output": {...}}
 * </pre>
 * Pages are sorted by id. The HTML stays on disk until a system reads it. Immutable.
 *
 * @param dir       the folder
 * @param pages     the pages, sorted by id
 * @param published the published peer outputs, sorted by peer name
 */
public record AebDataset(Path dir, List<AebPage> pages, List<PublishedOutput> published) {
    /** File holding the gold article bodies. */
    public static final String GROUND_TRUTH = "ground-truth.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    public AebDataset {
        Objects.requireNonNull(dir, "dir");
        pages = List.copyOf(pages);
        published = List.copyOf(published);
    }

    /**
     * Loads the folder.
     *
     * @throws BenchmarkFolderException when the folder is missing, has no ground truth, or a page
     *                                  has no HTML file
     */
    public static AebDataset load(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new BenchmarkFolderException("no such folder: " + dir);
        }
        Path truth = dir.resolve(GROUND_TRUTH);
        if (!Files.isRegularFile(truth)) {
            throw new BenchmarkFolderException("not an article extraction benchmark folder (no " + GROUND_TRUTH + "): " + dir);
        }
        JsonNode root = readJson(truth);
        List<AebPage> pages = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String id = e.getKey();
            String url = e.getValue().path("url").asText(null);
            pages.add(new AebPage(new PageFile(id, url, htmlFile(dir, id)), articleBody(e.getValue())));
        }
        pages.sort((a, b) -> a.page().id().compareTo(b.page().id()));
        return new AebDataset(dir, pages, loadPublished(dir.resolve("peer-outputs")));
    }

    /** The first {@code n} pages (by id); the published outputs are kept whole. */
    public AebDataset limit(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + n);
        }
        return n >= pages.size() ? this : new AebDataset(dir, pages.subList(0, n), published);
    }

    /** The pages' HTML files, in order. */
    public List<PageFile> files() {
        return pages.stream().map(AebPage::page).toList();
    }

    private static Path htmlFile(Path dir, String id) throws BenchmarkFolderException {
        for (String ext : List.of(".html.gz", ".html")) {
            Path file = dir.resolve("html").resolve(id + ext);
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        throw new BenchmarkFolderException("no HTML for page " + id + " (expected html/" + id + ".html.gz) in " + dir);
    }

    private static List<PublishedOutput> loadPublished(Path dir) throws IOException {
        List<PublishedOutput> outputs = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return outputs;
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*.json")) {
            stream.forEach(files::add);
        }
        files.sort(null);
        for (Path file : files) {
            String name = file.getFileName().toString().replaceFirst("\\.json$", "");
            JsonNode root = readJson(file);
            String version = null;
            if (root.has("output") && root.get("output").isObject()) {
                version = root.path("version").asText(null);
                root = root.get("output");
            }
            Map<String, String> texts = new HashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                texts.put(e.getKey(), articleBody(e.getValue()));
            }
            outputs.add(new PublishedOutput(name, version, texts));
        }
        return outputs;
    }

    /** The article body of a ground-truth or output entry: an object's "articleBody", or a bare string. */
    private static String articleBody(JsonNode entry) {
        if (entry.isTextual()) {
            return entry.asText();
        }
        JsonNode body = entry.path("articleBody");
        return body.isTextual() ? body.asText() : "";
    }

    private static JsonNode readJson(Path file) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new BenchmarkFolderException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new BenchmarkFolderException("expected a JSON object in " + file);
        }
        return root;
    }
}
