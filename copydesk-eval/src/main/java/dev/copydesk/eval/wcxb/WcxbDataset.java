package dev.copydesk.eval.wcxb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.copydesk.eval.extraction.BenchmarkFolderException;
import dev.copydesk.eval.extraction.PageFile;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A WCXB split folder, loaded:
 * <pre>
 * ground-truth/NNNN.json  {"url", "_internal": {"page_type": {"primary": "article"}},
 *                          "ground_truth": {"main_content", "with": [...], "without": [...]}}
 * html/NNNN.html.gz       the page (a plain .html is accepted too)
 * </pre>
 * Pages are sorted by id. A page without a type counts as {@code article} and the type
 * {@code category} as {@code collection}, as WCXB's own scorer does. The HTML stays on disk until a
 * system reads it. Immutable.
 *
 * @param dir   the folder
 * @param pages the pages, sorted by id
 */
public record WcxbDataset(Path dir, List<WcxbPage> pages) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public WcxbDataset {
        Objects.requireNonNull(dir, "dir");
        pages = List.copyOf(pages);
    }

    /**
     * Loads the folder.
     *
     * @throws BenchmarkFolderException when the folder is missing, has no ground truth, or a page
     *                                  has no HTML file
     */
    public static WcxbDataset load(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new BenchmarkFolderException("no such folder: " + dir);
        }
        Path truth = dir.resolve("ground-truth");
        if (!Files.isDirectory(truth)) {
            throw new BenchmarkFolderException("not a WCXB folder (no ground-truth/ folder): " + dir);
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(truth, "*.json")) {
            stream.forEach(files::add);
        }
        if (files.isEmpty()) {
            throw new BenchmarkFolderException("not a WCXB folder (ground-truth/ has no .json files): " + dir);
        }
        files.sort(null);
        List<WcxbPage> pages = new ArrayList<>(files.size());
        for (Path file : files) {
            pages.add(page(dir, file));
        }
        return new WcxbDataset(dir, pages);
    }

    /** The first {@code n} pages (by id). */
    public WcxbDataset limit(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + n);
        }
        return n >= pages.size() ? this : new WcxbDataset(dir, pages.subList(0, n));
    }

    /** The pages' HTML files, in order. */
    public List<PageFile> files() {
        return pages.stream().map(WcxbPage::page).toList();
    }

    /** Page count by type, most frequent first (ties by name). */
    public Map<String, Integer> pagesByType() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        pages.stream().map(WcxbPage::type).sorted().forEach(t -> counts.merge(t, 1, Integer::sum));
        Map<String, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEachOrdered(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    private static WcxbPage page(Path dir, Path file) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new BenchmarkFolderException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new BenchmarkFolderException("expected a JSON object in " + file);
        }
        String id = file.getFileName().toString().replaceFirst("\\.json$", "");
        JsonNode truth = root.path("ground_truth");
        return new WcxbPage(new PageFile(id, root.path("url").asText(null), htmlFile(dir, id)), type(root),
                truth.path("main_content").asText(""), strings(truth.path("with")), strings(truth.path("without")));
    }

    private static String type(JsonNode root) {
        JsonNode type = root.path("_internal").path("page_type");
        String primary = type.isObject() ? type.path("primary").asText("") : type.asText("");
        if (primary.isBlank()) {
            return "article";
        }
        return primary.equals("category") ? "collection" : primary;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) {
            if (n.isTextual()) {
                out.add(n.asText());
            }
        }
        return out;
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
}
