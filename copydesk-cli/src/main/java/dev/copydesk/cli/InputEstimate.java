package dev.copydesk.cli;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How many articles a list of inputs holds, when that can be told from file names alone: one per text
 * or HTML file. Unknown (-1) as soon as an input can hold many (WARC, JSON Lines, standard input), or
 * when the inputs are too many to count quickly. Used only for progress and time left.
 */
final class InputEstimate {
    private static final Pattern ONE_ARTICLE = Pattern.compile(".*\\.(txt|text|html|htm|xhtml)(\\.gz)?");
    private static final Pattern MANY_ARTICLES = Pattern.compile(".*\\.(warc|jsonl|ndjson)(\\.gz)?");
    private static final long MAX_COUNTED = 2_000_000;

    private InputEstimate() {
    }

    static long articles(List<String> inputs) {
        long[] n = {0};
        try {
            for (String arg : inputs) {
                if (arg.equals("-")) {
                    return -1;
                }
                Path p = Path.of(arg);
                if (!Files.isDirectory(p)) {
                    if (MANY_ARTICLES.matcher(name(p)).matches()) {
                        return -1;
                    }
                    n[0]++;
                    continue;
                }
                boolean[] many = {false};
                Files.walkFileTree(p, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        return !dir.equals(p) && name(dir).startsWith(".") ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        String name = name(file);
                        if (name.startsWith(".")) {
                            return FileVisitResult.CONTINUE;
                        }
                        if (MANY_ARTICLES.matcher(name).matches()) {
                            many[0] = true;
                            return FileVisitResult.TERMINATE;
                        }
                        if (ONE_ARTICLE.matcher(name).matches() && ++n[0] > MAX_COUNTED) {
                            many[0] = true;
                            return FileVisitResult.TERMINATE;
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        return FileVisitResult.CONTINUE;
                    }
                });
                if (many[0]) {
                    return -1;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return n[0];
    }

    private static String name(Path p) {
        Path f = p.getFileName();
        return f == null ? "" : f.toString().toLowerCase(Locale.ROOT);
    }
}
