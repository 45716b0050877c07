package dev.copydesk.spark;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.copydesk.annotate.AnnotationJson;
import dev.copydesk.clean.Cleaner;
import dev.copydesk.core.Article;
import dev.copydesk.core.ArticleJson;
import dev.copydesk.core.JsonFields;
import dev.copydesk.ingest.InputError;
import dev.copydesk.ingest.InputSink;
import dev.copydesk.ingest.Inputs;
import dev.copydesk.ingest.RawInput;
import dev.copydesk.pipeline.AnalysisConfig;
import dev.copydesk.pipeline.ArticleAnalyzer;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * What one Spark task does with one input file: reads it with {@link Inputs} (text, HTML, WARC, JSON
 * Lines, gzip; one file can hold many articles), cleans and analyses each article with this executor's
 * {@link ArticleAnalyzer}, and gives one JSON object per article or per error, in
 * {@link ArticleSchema#ANALYSED}'s fields: the article as {@code copydesk analyze} writes it, plus the
 * {@code input} file, the {@code record} ordinal in it and the {@code batch}.
 *
 * <p>Bad input is a row, never an exception: a file that cannot be opened or read, a bad record, a text
 * over the analysis limit or an analysis that throws gives an error row with {@code source},
 * {@code input} and {@code error}. Serializable (it holds only the configuration) and thread-safe.
 */
final class FileAnalysis implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final JsonFactory JSON = JsonFactory.builder().build();

    /** The analysis configuration, in serializable parts (the record itself is not). */
    private final Cleaner.Mode cleanMode;
    private final int maxChars;
    private final int batch;

    FileAnalysis(AnalysisConfig config, int batch) {
        Objects.requireNonNull(config, "config");
        this.cleanMode = config.cleanMode();
        this.maxChars = config.maxChars();
        this.batch = batch;
    }

    /** The rows of {@code file}, in input order. */
    List<String> rows(InputFile file) {
        List<String> rows = new ArrayList<>();
        ArticleAnalyzer analyzer = ExecutorAnalyzers.get(new AnalysisConfig(cleanMode, maxChars));
        InputSink sink = new InputSink() {
            @Override
            public void accept(RawInput input) {
                Article article;
                try {
                    article = analyzer.process(input);
                } catch (RuntimeException e) {
                    rows.add(FileAnalysis.this.error(file, rows.size(), input.source(), message(e)));
                    return;
                }
                rows.add(article(file, rows.size(), article));
            }

            @Override
            public void error(InputError error) {
                rows.add(FileAnalysis.this.error(file, rows.size(), error.source(), error.message()));
            }
        };
        try {
            Path path = new Path(file.uri());
            FileSystem fs = path.getFileSystem(new Configuration());
            try (InputStream in = fs.open(path)) {
                Inputs.withDefaults().read(file.source(), file.name(), file.size(), in, sink);
            }
        } catch (IOException | RuntimeException e) {
            rows.add(error(file, rows.size(), file.source(), message(e)));
        }
        return rows;
    }

    private String article(InputFile file, int record, Article a) {
        JsonFields where = (article, g) -> where(g, file, record);
        return ArticleJson.toJson(a, List.of(AnnotationJson.INSTANCE, where));
    }

    private String error(InputFile file, int record, String source, String message) {
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
