package dev.copydesk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Spark job's output directory as {@code copydesk ingest --analyzed} reads it: a directory that holds
 * {@code articles-jsonl/} (written by {@code copydesk spark --jsonl}) stands for that subdirectory, so
 * the user can name the job's {@code --out} as it is, and {@code stories.jsonl} or the Parquet beside it
 * are not read as articles. Other arguments are kept as they are. Stateless.
 */
final class SparkOutput {
    /** The subdirectory of the job's output that holds the articles as JSON Lines. */
    static final String ARTICLES = "articles-jsonl";

    private SparkOutput() {
    }

    /** {@code inputs} with each Spark output directory replaced by its articles; says so on the reporter. */
    static List<String> articles(List<String> inputs, Reporter reporter) {
        List<String> out = new ArrayList<>(inputs.size());
        for (String in : inputs) {
            Path articles = in.equals("-") ? null : Path.of(in).resolve(ARTICLES);
            if (articles != null && Files.isDirectory(Path.of(in)) && Files.isDirectory(articles)) {
                reporter.progress("reading the Spark job's articles in " + articles);
                out.add(articles.toString());
            } else {
                out.add(in);
            }
        }
        return out;
    }
}
