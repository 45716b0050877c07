package dev.copydesk.spark;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.copydesk.annotate.AnnotationJson;
import dev.copydesk.clean.Cleaner;
import dev.copydesk.core.Article;
import dev.copydesk.core.ArticleJson;
import dev.copydesk.core.Diagnostic;
import dev.copydesk.core.Diagnostics;
import dev.copydesk.core.JsonFields;
import dev.copydesk.ingest.InputError;
import dev.copydesk.ingest.InputSink;
import dev.copydesk.ingest.Inputs;
import dev.copydesk.ingest.RawInput;
import dev.copydesk.pipeline.AnalysisConfig;
import dev.copydesk.pipeline.ArticleAnalyzer;
import dev.copydesk.pipeline.OverAnalysisLimitException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.TaskCompletionListener;

/**
 * What one Spark task does with one input file (or a {@link FileSlice} of one): reads it with {@link Inputs} (text, HTML, WARC, JSON
 * Lines, gzip; one file can hold many articles), cleans and analyses each article with this executor's
 * {@link ArticleAnalyzer}, and gives one JSON object per article or per error, in
 * {@link ArticleSchema#ANALYSED}'s fields: the article as {@code copydesk analyze} writes it, plus the
 * {@code input} file, the {@code record} ordinal in it and the {@code batch}.
 *
 * <p>Bad input is a row, never an exception: a file that cannot be opened or read, a bad record or an
 * analysis that throws gives an error row with {@code source},
 * {@code input} and {@code error}. Serializable (it holds only the configuration) and thread-safe.
 */
final class FileAnalysis implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final JsonFactory JSON = JsonFactory.builder().build();

    /** The analysis configuration, in serializable parts (the record itself is not). */
    private final Cleaner.Mode cleanMode;
    private final int maxChars;
    private final int batch;
    /** Where each row's {@link LinkRow} goes as the row is given, or null. */
    private final CollectionAccumulator<LinkRow> linkRows;

    FileAnalysis(AnalysisConfig config, int batch) {
        this(config, batch, null);
    }

    /** An analysis that also hands what linking needs of each row it gives to {@code linkRows} (null: nowhere). */
    FileAnalysis(AnalysisConfig config, int batch, CollectionAccumulator<LinkRow> linkRows) {
        Objects.requireNonNull(config, "config");
        this.cleanMode = config.cleanMode();
        this.maxChars = config.maxChars();
        this.batch = batch;
        this.linkRows = linkRows;
    }

    /** The diagnostic code of an article kept without analysis (its text is over the analysis limit). */
    static final String NOT_ANALYSED = "over-analysis-limit";

    private static volatile Configuration hadoop;

    /** How many rows a task's reading thread may run ahead of Spark. */
    static final int ROWS_AHEAD = 16;

    /**
     * The rows of {@code file}, in input order, read and analysed on their own thread while Spark consumes
     * them. In a Spark task, the reading stops when the task ends, however it ends.
     */
    Iterator<String> rows(InputFile file) {
        return rows(FileSlice.whole(file));
    }

    /** The rows of one slice of a file, as {@link #rows(InputFile)}: the rows of the records the slice holds. */
    Iterator<String> rows(FileSlice slice) {
        return slices(List.of(slice));
    }

    /** The rows of {@code files}, whole, one file after the other, as {@link #slices}. */
    Iterator<String> rows(List<InputFile> files) {
        return slices(files.stream().map(FileSlice::whole).toList());
    }

    /**
     * The rows of {@code slices}, one after the other (one task analysing several files: fewer tasks, and fewer
     * Parquet files per batch), read on one thread as {@link #rows(FileSlice)} reads one.
     */
    Iterator<String> slices(List<FileSlice> slices) {
        List<FileSlice> all = List.copyOf(slices);
        String name = all.isEmpty() ? "nothing" : all.get(0).file().name() + (all.size() == 1 ? "" : " and " + (all.size() - 1) + " more");
        RowStream<String> rows = RowStream.start("copydesk-read " + name, out -> {
            for (FileSlice slice : all) {
                read(slice, out);
            }
        }, ROWS_AHEAD);
        TaskContext task = TaskContext.get();
        if (task != null) {
            task.addTaskCompletionListener((TaskCompletionListener) context -> rows.close());
        }
        return rows;
    }

    /**
     * This JVM's Hadoop configuration for opening inputs, built on first use and shared: building one reads
     * Hadoop's default resources, some 10 ms, too much to repeat for every input file. Local paths go through
     * {@link LocalFiles}, as the session's do.
     */
    private static Configuration hadoop() {
        Configuration c = hadoop;
        if (c == null) {
            synchronized (FileAnalysis.class) {
                c = hadoop;
                if (c == null) {
                    c = LocalFiles.apply(new Configuration());
                    hadoop = c;
                }
            }
        }
        return c;
    }

    /**
     * Reads {@code slice}'s file and gives the rows of the records it holds to {@code out}, in input order (the
     * records of other slices are read but neither analysed nor given).
     */
    void read(FileSlice slice, Consumer<String> out) {
        InputFile file = slice.file();
        int[] record = {0};
        ArticleAnalyzer analyzer = ExecutorAnalyzers.get(new AnalysisConfig(cleanMode, maxChars));
        InputSink sink = new InputSink() {
            @Override
            public void accept(RawInput input) {
                int r = record[0]++;
                if (!slice.holds(r)) {
                    return;
                }
                Article article;
                try {
                    article = analyse(analyzer, input);
                } catch (RuntimeException e) {
                    out.accept(FileAnalysis.this.error(file, r, input.source(), message(e)));
                    return;
                }
                out.accept(article(file, r, article));
                if (linkRows != null) {
                    linkRows.add(LinkRow.of(file.source(), r, article));
                }
            }

            @Override
            public void error(InputError error) {
                int r = record[0]++;
                if (slice.holds(r)) {
                    out.accept(FileAnalysis.this.error(file, r, error.source(), error.message()));
                }
            }
        };
        try {
            Path path = new Path(file.uri());
            FileSystem fs = path.getFileSystem(hadoop());
            try (InputStream in = fs.open(path)) {
                Inputs.withDefaults().read(file.source(), file.name(), file.size(), in, sink);
            }
        } catch (RowStream.Closed e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            int r = record[0]++;
            if (slice.holds(r)) {
                out.accept(error(file, r, file.source(), message(e)));
            }
        }
    }

    /**
     * The input cleaned and analysed; a text over the analysis limit is kept cleaned but not analysed, with a
     * warning, and links on its words, as {@code copydesk stories} links it.
     */
    static Article analyse(ArticleAnalyzer analyzer, RawInput input) {
        Article cleaned = analyzer.clean(input);
        try {
            return analyzer.analyse(cleaned);
        } catch (OverAnalysisLimitException e) {
            return cleaned.withDiagnostics(Diagnostics.builder()
                    .add(new Diagnostic("analysis", Diagnostic.Kind.WARNING, NOT_ANALYSED,
                            "not analysed (" + e.getMessage() + "); linked on its words"))
                    .build());
        }
    }

    private String article(InputFile file, int record, Article a) {
        JsonFields where = (article, g) -> where(g, file, record);
        return ArticleJson.toJson(a, List.of(AnnotationJson.INSTANCE, where));
    }

    private String error(InputFile file, int record, String source, String message) {
        if (linkRows != null) {
            linkRows.add(LinkRow.error(file.source(), record, source, message));
        }
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(w)) {
            g.writeStartObject();
            g.writeStringField("source", source);
            where(g, file, record);
            g.writeStringField(ArticleSchema.ERROR, message);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    private void where(JsonGenerator g, InputFile file, int record) throws IOException {
        g.writeStringField(ArticleSchema.INPUT, file.source());
        g.writeNumberField(ArticleSchema.RECORD, record);
        g.writeNumberField(ArticleSchema.BATCH, batch);
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
