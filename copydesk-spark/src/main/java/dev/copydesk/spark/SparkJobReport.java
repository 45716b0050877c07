package dev.copydesk.spark;

import dev.copydesk.ingest.InputError;
import java.util.List;

/**
 * What a {@link SparkJob} run did.
 *
 * @param files         input files listed
 * @param skipped       of those, how many an earlier run over the same output had finished
 * @param batches       analysis batches this run wrote
 * @param articles      article rows linked
 * @param stories       stories they form
 * @param duplicates    linked articles that copy another
 * @param errors        error rows (unreadable inputs and records, failed analyses), in input order
 * @param articlesPath  where the Parquet articles are
 * @param storiesPath   where {@code stories.jsonl} is, or {@code null} when not asked for
 * @param articlesJsonl where the articles are as JSON Lines ({@link ArticlesJsonl}), or {@code null} when not asked for
 */
public record SparkJobReport(int files, int skipped, int batches, int articles, int stories, int duplicates,
                             List<InputError> errors, String articlesPath, String storiesPath,
                             String articlesJsonl) {
    public SparkJobReport {
        errors = List.copyOf(errors);
    }
}
