package dev.copydesk.eval;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Writes the tiny synthetic fixtures the tests build in temporary folders. */
public final class TestFiles {
    private TestFiles() {}

    /** Writes {@code text} as UTF-8 to {@code file}, gzipped when its name ends in .gz; creates parent folders. */
    public static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream raw = Files.newOutputStream(file);
             OutputStream out = file.getFileName().toString().endsWith(".gz") ? new GZIPOutputStream(raw) : raw) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    /** A small article page whose body is {@code body}, with a navigation bar and a footer around it. */
    public static String articlePage(String title, String body) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/sport\">Sport</a></nav>"
                + "<article><h1>" + title + "</h1><p>" + body + "</p></article>"
                + "<footer>Copyright 2024. All rights reserved.</footer></body></html>";
    }
}
