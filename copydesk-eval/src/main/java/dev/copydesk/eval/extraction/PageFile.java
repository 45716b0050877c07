package dev.copydesk.eval.extraction;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A page on disk, read when needed so that a benchmark never holds all its pages in memory.
 *
 * @param id   identifier within its benchmark or folder
 * @param url  the page URL, or {@code null}
 * @param file an {@code .html} file, or a gzipped one ({@code .gz})
 */
public record PageFile(String id, String url, Path file) implements PageSource {
    public PageFile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(file, "file");
    }

    @Override
    public String html() throws IOException {
        return HtmlFiles.read(file);
    }

    /** This page in memory. */
    public Page load() throws IOException {
        return new Page(id, url, html());
    }
}
