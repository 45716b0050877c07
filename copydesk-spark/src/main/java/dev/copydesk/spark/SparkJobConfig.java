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
 * @param sliceBytes a file bigger than this, and than a task's share of its batch, is analysed by several tasks,
 *                   each taking every n-th record of it (a big JSON Lines or WARC file is then not one task)
 */
public record SparkJobConfig(List<String> inputs, String out, boolean jsonl, AnalysisConfig analysis, int batchFiles,
                             long sliceBytes) {
    /** The default batch: enough files to keep a cluster busy, few enough that a kill loses little. */
    public static final int DEFAULT_BATCH_FILES = 256;
    /** The default size over which a file may be cut in slices: 4 MB, some hundreds of articles. */
    public static final long DEFAULT_SLICE_BYTES = 4L << 20;

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
        if (sliceBytes < 1) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "sliceBytes must be at least 1, was %d", sliceBytes));
        }
    }

    /** Default analysis and batches, Parquet only. */
    public static SparkJobConfig of(List<String> inputs, String out) {
        return new SparkJobConfig(inputs, out, false, AnalysisConfig.defaults(), DEFAULT_BATCH_FILES, DEFAULT_SLICE_BYTES);
    }

    public SparkJobConfig withJsonl(boolean v) {
        return new SparkJobConfig(inputs, out, v, analysis, batchFiles, sliceBytes);
    }

    public SparkJobConfig withAnalysis(AnalysisConfig v) {
        return new SparkJobConfig(inputs, out, jsonl, v, batchFiles, sliceBytes);
    }

    public SparkJobConfig withBatchFiles(int v) {
        return new SparkJobConfig(inputs, out, jsonl, analysis, v, sliceBytes);
    }

    public SparkJobConfig withSliceBytes(long v) {
        return new SparkJobConfig(inputs, out, jsonl, analysis, batchFiles, v);
    }
}
