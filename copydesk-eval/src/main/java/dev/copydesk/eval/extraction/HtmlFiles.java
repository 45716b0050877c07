package dev.copydesk.eval.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** Finds and reads HTML pages on disk. Thread-safe. */
public final class HtmlFiles {
    private static final List<String> EXTENSIONS = List.of(".html.gz", ".htm.gz", ".html", ".htm");

    private HtmlFiles() {}

    /**
     * Reads a page as UTF-8, gunzipping it when its name ends in {@code .gz}. Bytes that are not
     * UTF-8 become U+FFFD: the benchmarks ship UTF-8, and a stray byte must not stop a run.
     */
    public static String read(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Whether {@code file}'s name ends in .html, .htm, .html.gz or .htm.gz, in any case. */
    public static boolean isHtml(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    /** {@code file}'s name without its HTML extension ({@code 0001.html.gz} gives {@code 0001}). */
    public static String stem(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        for (String ext : EXTENSIONS) {
            if (lower.endsWith(ext)) {
                return name.substring(0, name.length() - ext.length());
            }
        }
        return name;
    }

    /**
     * The HTML pages under {@code dir}, at any depth, sorted by path. Each page's id is its path
     * relative to {@code dir} without the extension, with {@code /} as separator; its URL is unknown.
     */
    public static List<PageFile> find(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(HtmlFiles::isHtml).sorted()
                    .map(f -> new PageFile(idOf(dir, f), null, f)).toList();
        }
    }

    private static String idOf(Path dir, Path file) {
        Path rel = dir.relativize(file);
        Path parent = rel.getParent();
        String stem = stem(file);
        return parent == null ? stem : parent.toString().replace(file.getFileSystem().getSeparator(), "/") + "/" + stem;
    }
}
