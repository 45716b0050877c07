package dev.copydesk.spark;

import dev.copydesk.pipeline.AnalysisConfig;
import java.util.List;
import java.util.Locale;

/**
 * What a {@link SparkJob} does. Validated when built: a bad value fails with a message naming the
 * parameter and the value.
 *
 * @param inputs     files and directories on any Hadoop file system, read as {@code copydesk ingest} reads them
 * @param out        the output directory (created when missing; a finished earlier run there is resumed)
 * @param jsonl      whether to write {@code stories.jsonl} and the articles as JSON Lines ({@link ArticlesJsonl})
 *                   as well as the Parquet articles
 * @param analysis   how to clean and analyse
 * @param batchFiles how many input files one analysis batch holds: a killed job loses at most the batch
 *                   it was in (smaller batches resume closer to where the job stopped, larger ones make
 *                   fewer, bigger Parquet files)
 */
public record SparkJobConfig(List<String> inputs, String out, boolean jsonl, AnalysisConfig analysis, int batchFiles) {
    /** The default batch: enough files to keep a cluster busy, few enough that a kill loses little. */
    public static final int DEFAULT_BATCH_FILES = 256;

    public SparkJobConfig {
        if (inputs == null || inputs.isEmpty()) {
            throw new IllegalArgumentException("inputs must name at least one file or directory");
        }
        inputs = List.copyOf(inputs);
        if (out == null || out.isBlank()) {
            throw new IllegalArgumentException("out must name a directory");
        }
        if (analysis == null) {
            throw new IllegalArgumentException("analysis must be given");
        }
        if (batchFiles < 1) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "batchFiles must be at least 1, was %d", batchFiles));
        }
    }

    /** Default analysis and batches, Parquet only. */
    public static SparkJobConfig of(List<String> inputs, String out) {
        return new SparkJobConfig(inputs, out, false, AnalysisConfig.defaults(), DEFAULT_BATCH_FILES);
    }

    public SparkJobConfig withJsonl(boolean v) {
        return new SparkJobConfig(inputs, out, v, analysis, batchFiles);
    }

    public SparkJobConfig withAnalysis(AnalysisConfig v) {
        return new SparkJobConfig(inputs, out, jsonl, v, batchFiles);
    }

    public SparkJobConfig withBatchFiles(int v) {
        return new SparkJobConfig(inputs, out, jsonl, analysis, v);
    }
}
